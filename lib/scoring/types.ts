import type { CefrLevel } from "@/lib/assessments/schemas";

export type { CefrLevel };

/** The sub-skills a result may carry; only those measured are present. */
export type SubSkill =
  "fluency" | "pronunciation" | "grammar" | "vocabulary" | "coherence";

export type WritingResponse = {
  taskId: string;
  kind: "writing";
  prompt: string;
  minWords: number;
  maxWords: number;
  text: string;
};

export type SpeakingResponse = {
  taskId: string;
  kind: "speaking";
  prompt: string;
  maxAnswerSeconds: number;
  /** What was said, when a transcription exists; null otherwise. */
  transcript: string | null;
  /** The recording itself, for scorers that can listen. */
  audio: { bytes: Buffer; contentType: string } | null;
  durationSeconds: number | null;
};

export type TaskResponse = WritingResponse | SpeakingResponse;

export type ScoringRequest = {
  /** BCP 47 tag of the assessment's language, e.g. "de-DE". */
  language: string;
  targetLevel: CefrLevel;
  responses: TaskResponse[];
};

export type TaskNote = {
  taskId: string;
  /** Null when this task could not be scored (it goes to review). */
  level: CefrLevel | null;
  /** 0.0-10.0, one decimal, or null like `level`. */
  score: number | null;
  /** Short observations an admin or recruiter reads. */
  notes: string[];
  /** The transcript the scorer used or produced, for speaking tasks. */
  transcript: string | null;
};

export type ScoringResult = {
  /** "needs_review" when a person must finish or confirm the scoring. */
  status: "scored" | "needs_review";
  /** Null when nothing could be scored automatically. */
  overall: { level: CefrLevel; score: number } | null;
  /** 0.0-10.0 per measured sub-skill. */
  subScores: Partial<Record<SubSkill, number>>;
  tasks: TaskNote[];
  /** Three to five concrete things the candidate can improve. */
  improvements: string[];
  /** 0-1: how far the scorer trusts its own result. */
  confidence: number;
  /** Why a person must look, when status is "needs_review". */
  reviewReasons: string[];
  scorer: { name: string; version: string };
};

/** A scoring provider: the embedded baseline, a model API, or a person. */
export interface Scorer {
  readonly name: string;
  score(request: ScoringRequest): Promise<ScoringResult>;
}
