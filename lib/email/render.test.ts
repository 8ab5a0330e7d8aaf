import { describe, expect, it } from "vitest";

import type { EmailFacts } from "@/lib/email/facts";
import { renderEmail } from "@/lib/email/render";

const LINK =
  "http://localhost:3000/a/Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC10b2tlbg";

function facts(values: Partial<EmailFacts> = {}): EmailFacts {
  return {
    kind: "invitation",
    organizationName: "Acme Hotels",
    candidateName: "Ada Lovelace",
    assessmentName: "Front desk conversation",
    language: "en-GB",
    seconds: 1020,
    recordsAudio: true,
    expiresAt: new Date("2026-03-12T14:30:00Z"),
    link: LINK,
    ...values,
  };
}

const LANGUAGES = [
  {
    tag: "en-GB",
    invites: "Acme Hotels invites you to a language assessment",
    expiresSoon: "expires soon",
    date: "12 March 2026",
    duration: "17 minutes",
  },
  {
    tag: "es-ES",
    invites: "Acme Hotels le invita a una evaluación de idioma",
    expiresSoon: "caduca pronto",
    date: "12 de marzo de 2026",
    duration: "17 minutos",
  },
  {
    tag: "de-DE",
    invites: "Acme Hotels lädt Sie zu einem Sprachtest ein",
    expiresSoon: "läuft bald ab",
    date: "12. März 2026",
    duration: "17 Minuten",
  },
  {
    tag: "fr-FR",
    invites: "Acme Hotels vous invite à passer un test de langue",
    expiresSoon: "expire bientôt",
    date: "12 mars 2026",
    duration: "17 minutes",
  },
];

describe.each(LANGUAGES)("the $tag invitation", (language) => {
  it("names the organization, the assessment, the time and the deadline", async () => {
    const email = await renderEmail(facts({ language: language.tag }));

    expect(email.subject).toBe(language.invites);
    expect(email.language).toBe(language.tag);
    expect(email.html).toContain(`lang="${language.tag}"`);
    for (const body of [email.html, email.text]) {
      expect(body).toContain(LINK);
      expect(body).toContain("Front desk conversation");
      expect(body).toContain("Ada Lovelace");
      expect(body).toContain(language.date);
      expect(body).toContain(language.duration);
    }
  });

  it("has a reminder that says the link expires soon", async () => {
    const email = await renderEmail(
      facts({ language: language.tag, kind: "reminder" }),
    );

    expect(email.subject).toContain("Acme Hotels");
    expect(email.subject).toContain(language.expiresSoon);
    expect(email.text).toContain(LINK);
    expect(email.text).toContain(language.date);
  });
});

describe("invitation email", () => {
  it("falls back to English for languages without a wording", async () => {
    const japanese = await renderEmail(facts({ language: "ja-JP" }));
    const nonsense = await renderEmail(facts({ language: "not a tag" }));

    expect(japanese.subject).toBe(LANGUAGES[0]?.invites);
    expect(japanese.language).toBe("en");
    expect(japanese.text).toContain("Japanese");
    expect(nonsense.subject).toBe(LANGUAGES[0]?.invites);
  });

  it("mentions audio only when the assessment has speaking tasks", async () => {
    const speaking = await renderEmail(facts());
    const writing = await renderEmail(facts({ recordsAudio: false }));

    expect(speaking.text).toContain("record your spoken answers");
    expect(writing.text).not.toContain("spoken answers");
    expect(writing.text).toContain("webcam snapshots");
  });

  it("greets a candidate without a name", async () => {
    const email = await renderEmail(facts({ candidateName: null }));

    expect(email.text).toMatch(/^Hello,$/m);
  });

  it("escapes names that look like markup", async () => {
    const email = await renderEmail(
      facts({ organizationName: "Smith & <b>Sons</b>" }),
    );

    expect(email.subject).toBe(
      "Smith & <b>Sons</b> invites you to a language assessment",
    );
    expect(email.html).toContain("Smith &amp; &lt;b&gt;Sons&lt;/b&gt;");
    expect(email.html).not.toContain("<b>Sons</b>");
  });
});
