import { FUNCTION_RANK, rankOf } from "./frequency";
import { tokenize, type Language, type Token } from "./text";

// A crude stem: the first five letters join "meeting" and "meetings"
// without a per-language stemmer; short words stay whole.
const stem = (word: string) => word.slice(0, 5);

function contentStems(tokens: Token[], language: Language): Set<string> {
  const content = tokens.filter((token) => {
    const rank = rankOf(language, token.lower);
    return token.lower.length > 2 && (rank === null || rank > FUNCTION_RANK);
  });
  return new Set(content.map((token) => stem(token.lower)));
}

/**
 * Relevance: the share of the prompt's content words (those outside the
 * 150 most frequent) that the answer uses too. It rewards staying on the
 * topic, not answering it well.
 */
export function promptCoverage(
  prompt: string,
  answer: Token[],
  language: Language,
): number {
  const wanted = contentStems(tokenize(prompt, language), language);
  if (wanted.size === 0) return 1;

  const used = contentStems(answer, language);
  const covered = [...wanted].filter((word) => used.has(word));
  return covered.length / wanted.size;
}
