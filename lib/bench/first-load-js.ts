import { gzipSync } from "node:zlib";

const sizes = new Map<string, number>();

/**
 * The JavaScript a browser loads to show a page for the first time: every
 * script the server-rendered HTML names, gzipped as a server would send
 * it. Scripts shared between pages are fetched once and counted on each.
 */
export async function firstLoadJs(
  appUrl: string,
  path: string,
  cookie: string | null,
): Promise<{ scripts: number; gzipKiB: number }> {
  const html = await (
    await fetch(`${appUrl}${path}`, { headers: cookie ? { cookie } : {} })
  ).text();
  const sources = [
    ...new Set(
      [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!),
    ),
  ];

  let bytes = 0;
  for (const source of sources) bytes += await gzippedSize(appUrl, source);
  return { scripts: sources.length, gzipKiB: Math.round(bytes / 102.4) / 10 };
}

async function gzippedSize(appUrl: string, source: string): Promise<number> {
  const known = sizes.get(source);
  if (known !== undefined) return known;

  const body = await (await fetch(new URL(source, appUrl))).arrayBuffer();
  const size = gzipSync(Buffer.from(body)).byteLength;
  sizes.set(source, size);
  return size;
}
