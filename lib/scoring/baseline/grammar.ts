import type { Analysed, Language } from "./text";

/**
 * A grammar-error proxy, not a parser. It counts surface slips a reader
 * notices and that a text measure can find without false alarms: a word
 * written twice in a row, a sentence opening in lower case, a lower-case
 * "i" as the English pronoun, and "a" before a vowel letter in English.
 * Agreement, tense, word order and case endings are not checked, so a
 * text full of those errors can still score well here; the other
 * grammar measures (sentence length, subordination) temper that.
 * Transcribed speech is only checked for doubled words, since its
 * capitals come from the transcription, not the candidate.
 */
export function mechanicalSlips(
  analysed: Analysed,
  language: Language,
  spoken: boolean,
): number {
  let slips = 0;
  for (const { tokens } of analysed.sentences) {
    tokens.forEach((token, index) => {
      const next = tokens[index + 1];
      if (next && next.lower === token.lower && token.lower.length > 1) {
        slips++;
      }
      if (spoken) return;
      if (index === 0 && /^\p{Ll}/u.test(token.text)) slips++;
      if (language !== "en") return;
      if (token.text === "i") slips++;
      if (token.lower === "a" && next && /^[aeio]/i.test(next.text)) slips++;
    });
  }
  return slips;
}

/** Slips per sentence; zero for an empty text. */
export function slipsPerSentence(
  analysed: Analysed,
  language: Language,
  spoken: boolean,
): number {
  const sentences = analysed.sentences.length;
  if (sentences === 0) return 0;
  return mechanicalSlips(analysed, language, spoken) / sentences;
}
