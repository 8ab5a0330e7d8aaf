import type { Page } from "./envelope";

/**
 * Walks a Lever list: each `next` is sent back, untouched, as the next
 * `offset`, for as long as Lever says `hasNext`.
 */
export async function* iteratePages<T>(
  fetchPage: (offset: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let offset: string | undefined;
  const seen = new Set<string>();

  while (true) {
    const page = await fetchPage(offset);
    yield* page.data;

    if (!page.hasNext || page.next === null) return;
    // A repeated cursor would loop forever; stop rather than invent one.
    if (seen.has(page.next)) {
      throw new Error(`Lever repeated the page offset ${page.next}`);
    }
    seen.add(page.next);
    offset = page.next;
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
