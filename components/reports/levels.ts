import { CEFR_LEVELS, type CefrLevel } from "@/lib/assessments/schemas";

export { CEFR_LEVELS, type CefrLevel };

/** CEFR's own names for its levels. */
export const LEVEL_NAMES: Record<CefrLevel, string> = {
  A1: "Breakthrough",
  A2: "Waystage",
  B1: "Threshold",
  B2: "Vantage",
  C1: "Effective proficiency",
  C2: "Mastery",
};

// One hue, lighter to darker: the levels are ordered, so the colours are.
export const LEVEL_COLORS: Record<CefrLevel, string> = {
  A1: "#c7d2fe",
  A2: "#a5b4fc",
  B1: "#818cf8",
  B2: "#6366f1",
  C1: "#4f46e5",
  C2: "#3730a3",
};

export const SUB_SKILL_LABELS = {
  fluency: "Fluency",
  pronunciation: "Pronunciation",
  grammar: "Grammar",
  vocabulary: "Vocabulary",
  coherence: "Coherence",
} as const;

/** "12 Mar 2025, 14:05 UTC": reports are read in many time zones. */
export function formatUtc(date: Date): string {
  const text = date.toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return `${text} UTC`;
}
