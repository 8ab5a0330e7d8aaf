import { describe, expect, it } from "vitest";

import { mediaResponse } from "@/lib/media/response";

const recording = {
  contentType: "audio/webm",
  bytes: Buffer.from("0123456789"),
};

async function read(response: Response) {
  return Buffer.from(await response.arrayBuffer()).toString();
}

describe("media responses", () => {
  it("sends the whole file, and says ranges may be asked for", async () => {
    const response = mediaResponse(recording);

    expect(response.status).toBe(200);
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-length")).toBe("10");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await read(response)).toBe("0123456789");
  });

  it("sends the one range a player asks for when it seeks", async () => {
    const middle = mediaResponse(recording, "bytes=2-5");
    const tail = mediaResponse(recording, "bytes=7-");

    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(middle.headers.get("content-length")).toBe("4");
    expect(await read(middle)).toBe("2345");
    expect(tail.headers.get("content-range")).toBe("bytes 7-9/10");
    expect(await read(tail)).toBe("789");
  });

  it("answers 416 for a range past the end", async () => {
    const response = mediaResponse(recording, "bytes=20-30");

    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe("bytes */10");
  });

  it("sends the whole file for several ranges or a header that does not parse", async () => {
    const several = mediaResponse(recording, "bytes=0-1,5-6");
    const garbled = mediaResponse(recording, "pages=1-2");

    expect(several.status).toBe(200);
    expect(await read(several)).toBe("0123456789");
    expect(garbled.status).toBe(200);
  });

  it("answers 404 without caching when there is nothing to send", () => {
    const response = mediaResponse(null, "bytes=0-1");

    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });
});
