import { describe, expect, it } from "vitest";

import type { Page } from "./envelope";
import { collect, iteratePages } from "./pagination";

function fakeLever(pages: Record<string, Page<number>>) {
  const offsets: (string | undefined)[] = [];
  const fetchPage = async (offset: string | undefined) => {
    offsets.push(offset);
    const found = pages[offset ?? "first"];
    if (!found) throw new Error(`unexpected offset ${offset}`);
    return found;
  };
  return { fetchPage, offsets };
}

describe("iteratePages", () => {
  it("follows next as the offset until hasNext is false", async () => {
    const lever = fakeLever({
      first: { data: [1, 2], next: "0.1700.YWJj", hasNext: true },
      "0.1700.YWJj": { data: [3, 4], next: "0.1701.ZGVm", hasNext: true },
      "0.1701.ZGVm": { data: [5], next: null, hasNext: false },
    });

    expect(await collect(iteratePages(lever.fetchPage))).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(lever.offsets).toEqual([undefined, "0.1700.YWJj", "0.1701.ZGVm"]);
  });

  it("stops when hasNext is false even if a next is present", async () => {
    const lever = fakeLever({
      first: { data: [1], next: "leftover", hasNext: false },
    });

    expect(await collect(iteratePages(lever.fetchPage))).toEqual([1]);
    expect(lever.offsets).toEqual([undefined]);
  });

  it("never invents an offset when hasNext comes without next", async () => {
    const lever = fakeLever({
      first: { data: [1], next: null, hasNext: true },
    });

    expect(await collect(iteratePages(lever.fetchPage))).toEqual([1]);
    expect(lever.offsets).toHaveLength(1);
  });

  it("fetches lazily, one page at a time", async () => {
    const lever = fakeLever({
      first: { data: [1, 2], next: "two", hasNext: true },
      two: { data: [3], next: null, hasNext: false },
    });

    for await (const item of iteratePages(lever.fetchPage)) {
      if (item === 2) break;
    }
    expect(lever.offsets).toEqual([undefined]);
  });

  it("fails instead of looping when Lever repeats an offset", async () => {
    const lever = fakeLever({
      first: { data: [1], next: "same", hasNext: true },
      same: { data: [2], next: "same", hasNext: true },
    });

    await expect(collect(iteratePages(lever.fetchPage))).rejects.toThrow(
      /repeated/,
    );
  });
});
