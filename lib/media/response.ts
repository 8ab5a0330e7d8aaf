import parseRange from "range-parser";

import type { StoredMedia } from "@/lib/media/storage";

const PRIVATE = {
  "Cache-Control": "private, max-age=300",
  "X-Content-Type-Options": "nosniff",
  "Accept-Ranges": "bytes",
};

/**
 * How media leaves the server: private, typed, never sniffed, and in the
 * byte range the browser asks for, so a player can seek in a recording.
 * One byte range is served as 206; several, another unit, or a header that
 * does not parse get the whole file, as the HTTP rules allow.
 */
export function mediaResponse(
  media: StoredMedia | null,
  range: string | null = null,
): Response {
  if (!media) {
    return new Response("Not found", {
      status: 404,
      headers: { "Cache-Control": "private, no-store" },
    });
  }

  const size = media.bytes.byteLength;
  const ranges = range ? parseRange(size, range, { combine: true }) : -2;
  if (ranges === -1) {
    return new Response("Range not satisfiable", {
      status: 416,
      headers: { ...PRIVATE, "Content-Range": `bytes */${size}` },
    });
  }
  const usable = ranges !== -2 && ranges.type === "bytes";
  const [only] = usable && ranges.length === 1 ? ranges : [];
  if (!only) return whole(media);

  return new Response(
    new Uint8Array(media.bytes.subarray(only.start, only.end + 1)),
    {
      status: 206,
      headers: {
        ...PRIVATE,
        "Content-Type": media.contentType,
        "Content-Length": String(only.end - only.start + 1),
        "Content-Range": `bytes ${only.start}-${only.end}/${size}`,
      },
    },
  );
}

function whole(media: StoredMedia): Response {
  return new Response(new Uint8Array(media.bytes), {
    headers: {
      ...PRIVATE,
      "Content-Type": media.contentType,
      "Content-Length": String(media.bytes.byteLength),
    },
  });
}
