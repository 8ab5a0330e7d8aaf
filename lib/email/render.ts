import { render } from "@react-email/render";
import { createElement } from "react";

import { emailCopy } from "@/lib/email/copy";
import type { EmailFacts } from "@/lib/email/facts";
import { InvitationEmail } from "@/lib/email/templates/invitation-email";

export type RenderedEmail = {
  subject: string;
  html: string;
  text: string;
  /** The locale the words are in, e.g. "es-ES". */
  language: string;
};

/**
 * The message as HTML and as plain text. Rendering loads react-dom/server,
 * whose package refuses to load under the "react-server" export condition:
 * a worker started with `--conditions=react-server` cannot render messages.
 */
export async function renderEmail(facts: EmailFacts): Promise<RenderedEmail> {
  const copy = emailCopy(facts);
  const email = createElement(InvitationEmail, {
    copy,
    organizationName: facts.organizationName,
    link: facts.link,
  });

  const [html, text] = await Promise.all([
    render(email),
    render(email, { plainText: true }),
  ]);
  return { subject: copy.subject, html, text, language: copy.locale };
}
