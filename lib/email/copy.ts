import type { EmailFacts, EmailKind } from "@/lib/email/facts";
import { english } from "@/lib/email/wording/english";
import { french } from "@/lib/email/wording/french";
import { german } from "@/lib/email/wording/german";
import { spanish } from "@/lib/email/wording/spanish";

export type EmailDetail = { label: string; value: string };

/** The words of one message, ready to be laid out. */
export type EmailCopy = {
  /** The language of the words, for the `lang` of the document. */
  locale: string;
  subject: string;
  /** The line an inbox shows next to the subject. */
  preview: string;
  heading: string;
  greeting: string;
  intro: string;
  details: EmailDetail[];
  notes: string[];
  action: string;
  fallback: string;
  footer: string;
};

/** The facts, already formatted for the language they will be read in. */
export type WordingInput = {
  kind: EmailKind;
  organization: string;
  candidateName: string | null;
  assessment: string;
  language: string;
  duration: string;
  expires: string;
  recordsAudio: boolean;
};

export type Wording = (input: WordingInput) => Omit<EmailCopy, "locale">;

const WORDINGS: Record<string, Wording> = {
  en: english,
  es: spanish,
  de: german,
  fr: french,
};

/**
 * The locale the message is written in: the assessment's own tag when its
 * language has a wording ("es-MX" keeps Mexican date formats), else English.
 */
export function copyLocale(language: string): string {
  try {
    const locale = new Intl.Locale(language);
    return locale.language in WORDINGS ? locale.baseName : "en";
  } catch {
    return "en";
  }
}

export function emailCopy(facts: EmailFacts): EmailCopy {
  const locale = copyLocale(facts.language);
  const wording = WORDINGS[new Intl.Locale(locale).language] ?? english;

  const words = wording({
    kind: facts.kind,
    organization: facts.organizationName,
    candidateName: facts.candidateName,
    assessment: facts.assessmentName,
    language: languageIn(locale, facts.language),
    duration: minutesIn(locale, facts.seconds),
    expires: dateIn(locale, facts.expiresAt),
    recordsAudio: facts.recordsAudio,
  });
  return { locale, ...words };
}

function languageIn(locale: string, tag: string): string {
  let name = tag;
  try {
    name = new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    // An unknown tag is shown as it was written.
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function minutesIn(locale: string, seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "minute",
    unitDisplay: "long",
  }).format(minutes);
}

// The candidate's time zone is unknown, so the time is given in UTC and
// says so, rather than in the server's zone without saying which.
function dateIn(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
}
