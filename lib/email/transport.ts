import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

import { env } from "@/lib/env";

export type MailTransport = Transporter<SMTPTransport.SentMessageInfo>;

let cached: { url: string; transport: MailTransport } | undefined;

/**
 * The SMTP connection for SMTP_URL, or null when none is configured and
 * messages wait in the outbox. Built once per URL; a job that hangs on a
 * silent server gives up after a minute so pg-boss can retry it.
 */
export function mailTransport(): MailTransport | null {
  const url = env().SMTP_URL;
  if (!url) return null;

  if (cached?.url !== url) {
    cached?.transport.close();
    cached = {
      url,
      transport: nodemailer.createTransport({
        url,
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 60_000,
      }),
    };
  }
  return cached.transport;
}

/** The server's host and port, for the dashboard; never its credentials. */
export function smtpServerName(): string | null {
  const url = env().SMTP_URL;
  return url ? new URL(url).host : null;
}
