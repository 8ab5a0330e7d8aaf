/**
 * Speaking rate in words per minute from the transcript and the length of
 * the recording; null when the duration is unknown. It says nothing about
 * pronunciation, which a transcript cannot show.
 */
export function wordsPerMinute(
  words: number,
  durationSeconds: number | null,
): number | null {
  if (!durationSeconds || durationSeconds <= 0) return null;
  return (words * 60) / durationSeconds;
}
