import type { z } from "zod";

import { AppError } from "@/lib/errors";
import { logFor } from "@/lib/log";

import { UploadRefused } from "@/lib/attempts/refusal";
import { candidateThrottle } from "@/lib/attempts/throttle";

type Params = { params: Promise<{ token: string }> };

/**
 * A route handler of the candidate's page. The token in the path is the
 * only credential; errors written for the candidate come back as their
 * status and message, anything else as a logged, generic 500.
 */
export function candidateRoute(
  name: string,
  handle: (token: string, request: Request) => Promise<unknown>,
) {
  return async (request: Request, { params }: Params) => {
    const { token } = await params;
    try {
      const wait = await candidateThrottle(token);
      if (wait !== null) return tooManyRequests(wait);
      return Response.json((await handle(token, request)) ?? { ok: true });
    } catch (error) {
      if (error instanceof AppError || error instanceof UploadRefused) {
        return Response.json(
          { message: error.message },
          { status: error.status },
        );
      }
      logFor({ route: name }).error({ err: error }, "candidate route failed");
      return Response.json(
        { message: "Something went wrong on our side. Try again." },
        { status: 500 },
      );
    }
  };
}

function tooManyRequests(seconds: number) {
  return Response.json(
    {
      message: "Too many requests from this link. Wait a moment and try again.",
    },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}

/** The JSON body, checked against `schema`; a 400 with the reason if not. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  const text = await readCapped(request, 256 * 1024);
  let value: unknown;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch {
    throw new AppError("bad_request", "The request is not JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      "bad_request",
      "The request is not what this page sends.",
    );
  }
  return parsed.data;
}

/**
 * The body's bytes, refused with 413 as soon as they pass `limit`, so an
 * oversized upload is never held in memory whole.
 */
export async function readCapped(
  request: Request,
  limit: number,
): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);

  const chunks: Buffer[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(Buffer.from(read.value));
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number) {
  const mb = Math.round((limit / 1024 / 1024) * 10) / 10;
  return new UploadRefused(413, `The upload is larger than ${mb} MB.`);
}
