import type { Context } from "hono";
import { badRequest } from "./errors";

export interface Page<T> {
  data: T[];
  hasNext: boolean;
  next?: string;
}

/**
 * Lever's offsets are opaque tokens taken from the previous `next`; ours
 * encode a position and the last id so invented offsets are refused.
 */
export function paginate<T extends { id: string }>(
  c: Context,
  items: T[],
): Page<T> {
  const limit = parseLimit(c.req.query("limit"));
  const start = parseOffset(c.req.query("offset"), items);
  const data = items.slice(start, start + limit);
  const last = data[data.length - 1];
  const hasNext = start + limit < items.length && last !== undefined;
  if (!hasNext || !last) return { data, hasNext: false };
  return { data, hasNext, next: encodeOffset(start + limit, last.id) };
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 100;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw badRequest("limit must be an integer between 1 and 100");
  }
  return limit;
}

function encodeOffset(position: number, lastId: string): string {
  const body = Buffer.from(`${position}.${lastId}`).toString("base64url");
  return `0.${Date.now()}.${body}`;
}

function parseOffset<T extends { id: string }>(
  raw: string | undefined,
  items: T[],
): number {
  if (raw === undefined || raw === "") return 0;
  const body = raw.split(".")[2] ?? "";
  const decoded = Buffer.from(body, "base64url").toString("utf8");
  const match = /^(\d+)\.(.+)$/.exec(decoded);
  if (!match?.[1] || !match[2]) throw badRequest("Invalid offset");

  const lastIndex = items.findIndex((item) => item.id === match[2]);
  if (lastIndex >= 0) return lastIndex + 1;
  return Number(match[1]);
}
