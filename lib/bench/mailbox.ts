import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

import { SMTPServer } from "smtp-server";

export type Mailbox = {
  url: string;
  /** When the first message to `address` arrived, waiting up to `timeoutMs`. */
  arrival(address: string, timeoutMs: number): Promise<number | null>;
  /** Every message to `address` so far, raw (headers and encoded body). */
  messages(address: string): string[];
  close(): Promise<void>;
};

/**
 * An SMTP server on a free local port that accepts everything, keeps it,
 * and notes when the first message for each recipient was fully received,
 * on the same clock (performance.now) the benchmark starts its timers with.
 */
export async function startMailbox(): Promise<Mailbox> {
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  const received = new Map<string, string[]>();
  const record = (address: string, at: number, raw: string) => {
    const messages = received.get(address);
    if (messages) messages.push(raw);
    else received.set(address, [raw]);
    if (arrivals.has(address)) return;
    arrivals.set(address, at);
    waiting.get(address)?.(at);
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const at = performance.now();
        const raw = Buffer.concat(chunks).toString("utf8");
        for (const rcpt of session.envelope.rcptTo) {
          record(rcpt.address.toLowerCase(), at, raw);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    arrival: (address, timeoutMs) =>
      awaitArrival(arrivals, waiting, address.toLowerCase(), timeoutMs),
    messages: (address) => received.get(address.toLowerCase()) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function awaitArrival(
  arrivals: Map<string, number>,
  waiting: Map<string, (at: number) => void>,
  address: string,
  timeoutMs: number,
): Promise<number | null> {
  const seen = arrivals.get(address);
  if (seen !== undefined) return Promise.resolve(seen);

  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(address);
      resolve(null);
    }, timeoutMs);
    waiting.set(address, (at) => {
      clearTimeout(timer);
      waiting.delete(address);
      resolve(at);
    });
  });
}
