// The worker process loads this through the job registry, outside React's
// server build, so it carries no "server-only" marker.
import { env } from "@/lib/env";

import { createBaselineScorer } from "./baseline/scorer";
import { createOpenAiScorer } from "./openai/scorer";
import type { Scorer } from "./types";

export { createBaselineScorer, createOpenAiScorer };

/**
 * The configured scorer: the OpenAI-compatible API when SCORING_API_URL
 * is set, otherwise the embedded baseline.
 */
export function scorerFor(): Scorer {
  const settings = env();
  if (!settings.SCORING_API_URL) return createBaselineScorer();

  return createOpenAiScorer({
    baseURL: settings.SCORING_API_URL,
    apiKey: settings.SCORING_API_KEY ?? "unused",
    model: settings.SCORING_MODEL,
    transcriptionModel: settings.SCORING_TRANSCRIPTION_MODEL,
  });
}
