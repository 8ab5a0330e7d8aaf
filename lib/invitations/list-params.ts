import { z } from "zod";

import { AppError, type FieldErrors } from "@/lib/errors";

// Written out rather than read from the schema so the browser bundle does
// not pull in Drizzle; a test checks both lists stay the same.
export const INVITATION_STATUSES = [
  "created",
  "sent",
  "opened",
  "started",
  "completed",
  "scored",
  "reported",
  "expired",
  "cancelled",
  "failed",
] as const;

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const SORT_FIELDS = [
  "createdAt",
  "candidateName",
  "status",
  "expiresAt",
] as const;

export type SortField = (typeof SORT_FIELDS)[number];

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** Filters a person sets, as opposed to sorting and paging. */
export const FILTER_KEYS = [
  "posting",
  "stage",
  "assessment",
  "status",
  "from",
  "to",
  "q",
] as const;

const optionalText = (max: number) =>
  z.string().trim().max(max, `Use at most ${max} characters.`).optional();

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number(message).int(message).min(min, message).max(max, message);

const day = z.iso.date("Use a date such as 2025-03-31.").optional();

export const listParamsSchema = z
  .object({
    posting: optionalText(300),
    stage: optionalText(300),
    assessment: z.uuid("Choose an assessment from the list.").optional(),
    status: z
      .array(z.enum(INVITATION_STATUSES, "Choose a status from the list."))
      .default([])
      .transform((chosen) =>
        INVITATION_STATUSES.filter((status) => chosen.includes(status)),
      ),
    from: day,
    to: day,
    q: optionalText(200).transform((value) => value || undefined),
    sort: z
      .enum(SORT_FIELDS, "Sort by invited, candidate, status or expires.")
      .default("createdAt"),
    order: z.enum(["asc", "desc"], "Order is asc or desc.").default("desc"),
    page: wholeNumber(1, 100_000, "Page is a whole number from 1.").default(1),
    pageSize: wholeNumber(1, 100, "Show 1 to 100 rows per page.").default(25),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    path: ["to"],
    message: "The end date is before the start date.",
  });

export type ListParams = z.infer<typeof listParamsSchema>;

export const DEFAULT_LIST_PARAMS: ListParams = listParamsSchema.parse({});

/**
 * The query string as a plain object. Empty values count as unset, and a
 * status may come repeated (`status=a&status=b`) or comma-separated.
 */
function rawParams(search: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (value !== "" && key !== "status") raw[key] = value;
  }
  const statuses = search
    .getAll("status")
    .flatMap((value) => value.split(","))
    .filter(Boolean);
  if (statuses.length > 0) raw.status = statuses;
  return raw;
}

export function readListParams(search: URLSearchParams) {
  return listParamsSchema.safeParse(rawParams(search));
}

/** The list query, or a 400 that says which parameter is wrong and why. */
export function parseListParams(search: URLSearchParams): ListParams {
  const parsed = readListParams(search);
  if (parsed.success) return parsed.data;

  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const [field, messages] = Object.entries(fieldErrors)[0] ?? [];
  throw new AppError(
    "bad_request",
    `The candidate filters are not valid (${field}): ${messages?.[0]}`,
    fieldErrors,
  );
}

/**
 * The canonical query string of `params`: defaults left out, keys in one
 * order. It names the page in the URL and the request in the query cache.
 */
export function listParamsToSearch(params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (key === "status") {
      for (const status of params.status) search.append("status", status);
    } else if (value) {
      search.set(key, String(value));
    }
  }
  for (const key of ["sort", "order", "page", "pageSize"] as const) {
    if (params[key] !== DEFAULT_LIST_PARAMS[key]) {
      search.set(key, String(params[key]));
    }
  }
  return search;
}

export function hasFilters(params: ListParams): boolean {
  return FILTER_KEYS.some((key) =>
    key === "status" ? params.status.length > 0 : Boolean(params[key]),
  );
}
