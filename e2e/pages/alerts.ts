import type { Page } from "@playwright/test";

/**
 * The page's own alerts. Next.js keeps an always-present route announcer
 * with role="alert" that reads page titles after navigation; it is left out.
 */
export function alerts(page: Page) {
  return page
    .getByRole("alert")
    .and(page.locator(":not(#__next-route-announcer__)"));
}
