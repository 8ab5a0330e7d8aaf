import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

const flag = (fallback: boolean) =>
  z
    .stringbool({ truthy: ["true", "1", "yes"], falsy: ["false", "0", "no"] })
    .default(fallback);

// AES-256 needs exactly 32 bytes; the key travels as base64.
const encryptionKey = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, {
    message: "must be 32 bytes encoded as base64 (openssl rand -base64 32)",
  });

export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  EMBEDDED_POSTGRES_PORT: port.default(54320),
  PORT: port.default(3000),
  APP_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  ENCRYPTION_KEY: encryptionKey,
  WORKER_IN_APP: flag(true),
  SEED_DEMO: flag(true),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  LEVER_ENV: z.enum(["production", "sandbox"]).default("production"),
  LEVER_CLIENT_ID: z.string().min(1).optional(),
  LEVER_CLIENT_SECRET: z.string().min(1).optional(),
  LEVER_AUTH_URL: z.url().optional(),
  LEVER_TOKEN_URL: z.url().optional(),
  LEVER_API_URL: z.url().optional(),
  LEVER_AUDIENCE: z.url().optional(),
  LOCAL_LEVER_PORT: port.default(4010),
  CHROMIUM_PATH: z.string().optional(),
  /** Outgoing mail; without it, messages wait in the dashboard outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  EMAIL_FROM: z.string().min(3).default("Hallo <no-reply@hallo.localhost>"),
  /** Deliveries whose `triggeredAt` is further than this from now are refused. */
  WEBHOOK_MAX_AGE_HOURS: z.coerce.number().positive().default(72),
  /** How long before an invitation expires its one reminder goes out. */
  INVITATION_REMINDER_HOURS: z.coerce.number().positive().default(48),
  /** An OpenAI-compatible API for scoring; unset: the embedded baseline. */
  SCORING_API_URL: z.url().optional(),
  SCORING_API_KEY: z.string().min(1).optional(),
  SCORING_MODEL: z.string().min(1).default("gpt-4o-mini"),
  SCORING_TRANSCRIPTION_MODEL: z.string().min(1).default("whisper-1"),
  /** S3-compatible media storage; unset: media bytes stay in PostgreSQL. */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_FORCE_PATH_STYLE: flag(true),
});

export type Env = z.infer<typeof envSchema> & {
  APP_URL: string;
  LOG_FORMAT: "json" | "pretty";
};

export type EnvSource = Record<string, string | undefined>;

export class EnvError extends Error {
  constructor(issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: EnvSource): Env {
  // Empty strings come from blank lines in .env files; treat them as unset.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== ""),
  );
  const result = envSchema.safeParse(cleaned);

  if (!result.success) {
    throw new EnvError(
      result.error.issues.map(
        (issue) => `${issue.path.join(".")}: ${describeIssue(issue)}`,
      ),
    );
  }

  const env = result.data;
  return {
    ...env,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    LOG_FORMAT:
      env.LOG_FORMAT ?? (env.NODE_ENV === "production" ? "json" : "pretty"),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return "is required";
  }
  return issue.message;
}

/** Settings of the test tooling alone; they need no secrets. */
export const testEnvSchema = z.object({
  E2E_BASE_URL: z.url().default("http://127.0.0.1:3100"),
  LEVER_SIMULATOR_URL: z.url().default("http://localhost:4110"),
  CHROMIUM_PATH: z.string().optional(),
});

export function testEnv(source: EnvSource = process.env) {
  return testEnvSchema.parse(source);
}

let cached: Env | undefined;

/** The process environment, parsed on first use and then kept. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
