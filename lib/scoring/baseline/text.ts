/** The languages the baseline has word lists and dictionaries for. */
export const BASELINE_LANGUAGES = ["en", "es", "de", "fr"] as const;

export type Language = (typeof BASELINE_LANGUAGES)[number];

/** The primary subtag of a BCP 47 tag when the baseline supports it. */
export function baselineLanguage(tag: string): Language | null {
  const primary = tag.split("-")[0]?.toLowerCase() ?? "";
  const supported: readonly string[] = BASELINE_LANGUAGES;
  return supported.includes(primary) ? (primary as Language) : null;
}

export type Token = {
  /** As written, apostrophes normalized. */
  text: string;
  lower: string;
  /** Whether the token opens its sentence (capitals are expected there). */
  sentenceStart: boolean;
};

const WORD = /\p{L}+(?:'\p{L}+)*/gu;

// French elides articles and pronouns into the next word ("l'équipe"); the
// elided part is a function word and is dropped so the noun is measured.
function splitElision(word: string, language: Language): string {
  if (language !== "fr") return word;
  const at = word.indexOf("'");
  return at > 0 && at <= 6 ? word.slice(at + 1) : word;
}

const FRAME_WORDS = 4;

const wordCount = (line: string) => line.match(WORD)?.length ?? 0;

// A line break ends a sentence only after end punctuation or a short line
// (a greeting or a sign-off); other breaks are wrapping inside a sentence.
function joinWrappedLines(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const ends = /[.!?…:;]$/u.test(line) || wordCount(line) <= FRAME_WORDS;
      return ends ? `${line}\n` : `${line} `;
    })
    .join("");
}

export function splitSentences(text: string): string[] {
  return joinWrappedLines(text)
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/**
 * A greeting or sign-off ("Dear Mark,", "Best regards,") is not a
 * sentence: it would shorten the mean sentence length of every email.
 */
function isFrame(segment: string): boolean {
  return wordCount(segment) <= FRAME_WORDS && !/[.!?…]$/u.test(segment);
}

export function tokenize(sentence: string, language: Language): Token[] {
  const matches = sentence.replace(/[’‘]/g, "'").match(WORD) ?? [];
  return matches.map((word, index) => {
    const text = splitElision(word, language);
    return { text, lower: text.toLowerCase(), sentenceStart: index === 0 };
  });
}

/**
 * The sentences of a text with their tokens, and every token including
 * those of greetings and sign-offs.
 */
export function analyse(text: string, language: Language) {
  const segments = splitSentences(text).map((raw) => ({
    raw,
    tokens: tokenize(raw, language),
  }));
  const sentences = segments.filter((segment) => !isFrame(segment.raw));
  const tokens = segments.flatMap((segment) => segment.tokens);
  return { sentences, tokens };
}

export type Analysed = ReturnType<typeof analyse>;
