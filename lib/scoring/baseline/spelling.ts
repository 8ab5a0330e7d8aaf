import nspell from "nspell";

import { isListed } from "./frequency";
import type { Language, Token } from "./text";

type Speller = ReturnType<typeof nspell>;
type Dictionary = { aff: Uint8Array; dic: Uint8Array };

// Each dictionary package reads its files when imported; load a language
// only when it is first needed, and then keep it.
const LOADERS: Record<Language, () => Promise<{ default: Dictionary }>> = {
  en: () => import("dictionary-en"),
  es: () => import("dictionary-es"),
  de: () => import("dictionary-de"),
  fr: () => import("dictionary-fr"),
};

const spellers = new Map<Language, Promise<Speller>>();

export function spellerFor(language: Language): Promise<Speller> {
  let speller = spellers.get(language);
  if (!speller) {
    speller = LOADERS[language]().then(({ default: dictionary }) =>
      nspell({
        aff: Buffer.from(dictionary.aff),
        dic: Buffer.from(dictionary.dic),
      }),
    );
    spellers.set(language, speller);
  }
  return speller;
}

// A capitalized word inside a sentence is most often a name, which no
// dictionary lists; German capitalizes every noun, so there it is checked.
function isCheckable(token: Token, language: Language): boolean {
  const capital = /^\p{Lu}/u.test(token.text);
  return language === "de" || token.sentenceStart || !capital;
}

// The English dictionary is American; British spellings are accepted by
// trying their American form. Rarer patterns (e.g. "manoeuvre") still
// count as errors.
const BRITISH: [RegExp, string][] = [
  [/is(e|ed|es|ing|ation|ations)$/, "iz$1"],
  [/our(s|ed|ing|ite|ites|able)?$/, "or$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/tre(s)?$/, "ter$1"],
  [/ogue(s)?$/, "og$1"],
];

// German joins nouns freely ("Teamtreffen"); a word is accepted when it
// splits into two known words, with an optional linking "s".
function isGermanCompound(speller: Speller, word: string): boolean {
  const capital = (part: string) =>
    part.charAt(0).toUpperCase() + part.slice(1);
  for (let at = 3; at <= word.length - 3; at++) {
    const head = word.slice(0, at);
    const tail = capital(word.slice(at));
    const known = (part: string) =>
      speller.correct(capital(part)) || speller.correct(part);
    if (!speller.correct(tail) && !speller.correct(tail.toLowerCase())) {
      continue;
    }
    if (known(head) || (head.endsWith("s") && known(head.slice(0, -1)))) {
      return true;
    }
  }
  return false;
}

function isKnown(speller: Speller, token: Token, language: Language) {
  if (speller.correct(token.text)) return true;
  // German capitals carry meaning; elsewhere a capital opens a sentence.
  if (language !== "de" && speller.correct(token.lower)) return true;
  // Frequent words are spelled right whatever the dictionary's affix
  // rules make of them (nspell misses some German inflections).
  if (isListed(language, token.text)) return true;
  if (language === "en") {
    return BRITISH.some(
      ([pattern, american]) =>
        pattern.test(token.lower) &&
        speller.correct(token.lower.replace(pattern, american)),
    );
  }
  return language === "de" && isGermanCompound(speller, token.text);
}

/** The tokens the dictionary does not know, in text order. */
export function misspelled(
  speller: Speller,
  tokens: Token[],
  language: Language,
): Token[] {
  return tokens.filter(
    (token) =>
      isCheckable(token, language) && !isKnown(speller, token, language),
  );
}
