import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = [
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else the system's,
 * else undefined so Playwright falls back to a browser of its own.
 */
export function findChromium(configured?: string): string | undefined {
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(
        `CHROMIUM_PATH points at ${configured}, which does not exist`,
      );
    }
    return configured;
  }
  return SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
}

export const CHROMIUM_HELP =
  "No Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`), " +
  "set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` " +
  "where downloads are allowed.";
