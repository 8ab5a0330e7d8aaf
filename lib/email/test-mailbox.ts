import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string };

/** How the server answers a recipient: accept, or refuse with a code. */
export type RecipientRule = (address: string) => number | null;

/**
 * A real SMTP server on a random local port that keeps what it receives,
 * for tests. `answer` decides per recipient; it can change between sends.
 */
export async function startTestMailbox() {
  const received: ReceivedMail[] = [];
  const state: { answer: RecipientRule } = { answer: () => null };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = state.answer(address.address);
      if (code === null) return callback();
      callback(
        Object.assign(new Error(`Refused ${code}`), { responseCode: code }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        received.push({ to, raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    answer(rule: RecipientRule) {
      state.answer = rule;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message with quoted-printable soft breaks and escapes undone. */
export function decodedBody(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
}
