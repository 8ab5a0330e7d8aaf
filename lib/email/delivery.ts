import type { MailTransport } from "@/lib/email/transport";
import { env } from "@/lib/env";

export type Delivery =
  | { outcome: "sent"; messageId: string; response: string }
  /** Refused for good: sending the same message again will not help. */
  | { outcome: "bounced"; error: string }
  /** Refused or lost for now: the same message may go through later. */
  | { outcome: "failed"; error: string };

type Message = { to: string; subject: string; html: string; text: string };

type SmtpFailure = {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
};

/** Hands the message to the SMTP server and says how it was received. */
export async function deliver(
  transport: MailTransport,
  message: Message,
): Promise<Delivery> {
  try {
    const info = await transport.sendMail({
      from: env().EMAIL_FROM,
      ...message,
    });
    if (info.rejected.length > 0) {
      return { outcome: "bounced", error: withoutAddresses(info.response) };
    }
    return {
      outcome: "sent",
      messageId: info.messageId,
      response: info.response,
    };
  } catch (error) {
    return failedDelivery(error as SmtpFailure);
  }
}

// A 5xx reply is permanent, except a refused login: that is our own
// configuration, and the message can go once it is fixed.
function failedDelivery(failure: SmtpFailure): Delivery {
  const error = withoutAddresses(
    failure.response ?? failure.message ?? "The SMTP server did not answer.",
  );
  const permanent =
    (failure.responseCode ?? 0) >= 500 && failure.code !== "EAUTH";
  return { outcome: permanent ? "bounced" : "failed", error };
}

// Servers often quote the recipient back; errors are shown on the timeline,
// which must not hold the candidate's address.
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, "[address]");
}
