import { describe, expect, it } from "vitest";

import { levelIndex } from "../cefr";
import type {
  CefrLevel,
  ScoringRequest,
  ScoringResult,
  SpeakingResponse,
} from "../types";
import { ENGLISH, PAIR_LEVELS, PAIRS, writing } from "./fixtures";
import { createBaselineScorer } from "./scorer";

const scorer = createBaselineScorer();

function request(
  text: string,
  language = "en-GB",
  prompt?: string,
): ScoringRequest {
  return { language, targetLevel: "B2", responses: [writing(text, prompt)] };
}

function speaking(
  transcript: string | null,
  taskId = "call",
): SpeakingResponse {
  return {
    taskId,
    kind: "speaking",
    prompt: "Tell us about a project at work that you are proud of.",
    maxAnswerSeconds: 120,
    transcript,
    audio: null,
    durationSeconds: transcript ? 20 : null,
  };
}

const SPOKEN =
  "Last year I led a small project to move our invoices to a new system. " +
  "It was difficult because the old data was messy, but we finished on " +
  "time and the finance team now saves two days every month.";

function levelsApart(result: ScoringResult, label: CefrLevel): number {
  const level = result.overall?.level ?? "A1";
  return Math.abs(levelIndex(level) - levelIndex(label));
}

describe("baseline scorer on writing", () => {
  it("orders English answers of known levels, each within one level", async () => {
    const labels = Object.keys(ENGLISH) as (keyof typeof ENGLISH)[];
    const results = await Promise.all(
      labels.map((label) => scorer.score(request(ENGLISH[label]))),
    );

    const scores = results.map((result) => result.overall?.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    results.forEach((result, index) => {
      const level = result.overall?.level ?? "A1";
      const distance = levelIndex(level) - levelIndex(labels[index]!);
      expect(
        Math.abs(distance),
        `${labels[index]} as ${level}`,
      ).toBeLessThanOrEqual(1);
    });
  });

  it.each(Object.entries(PAIRS))(
    "scores the richer %s answer higher",
    async (language, pair) => {
      const low = await scorer.score(request(pair.low, language, pair.prompt));
      const high = await scorer.score(
        request(pair.high, language, pair.prompt),
      );

      expect(high.overall!.score).toBeGreaterThan(low.overall!.score);
      expect(levelIndex(high.overall!.level)).toBeGreaterThan(
        levelIndex(low.overall!.level),
      );
      expect(levelsApart(low, PAIR_LEVELS.low)).toBeLessThanOrEqual(1);
      expect(levelsApart(high, PAIR_LEVELS.high)).toBeLessThanOrEqual(1);
    },
  );

  it("gives the same result for the same input", async () => {
    const first = await scorer.score(request(ENGLISH.B2));
    const second = await scorer.score(request(ENGLISH.B2));

    expect(second).toEqual(first);
  });

  it("reports sub-scores, notes, improvements and its version", async () => {
    const result = await scorer.score(request(ENGLISH.A2));

    expect(result.status).toBe("scored");
    expect(Object.keys(result.subScores).sort()).toEqual([
      "coherence",
      "grammar",
      "vocabulary",
    ]);
    for (const value of Object.values(result.subScores)) {
      expect(value * 10).toBe(Math.round(value * 10));
    }
    expect(result.tasks[0]?.notes).toContain("67 words (asked for 60-200)");
    expect(result.improvements.length).toBeGreaterThanOrEqual(3);
    expect(result.improvements.length).toBeLessThanOrEqual(5);
    expect(result.scorer).toEqual({ name: "baseline", version: "1.0.0" });
  });

  it("trusts a short answer less than a long one", async () => {
    const short = await scorer.score(request(ENGLISH.A1));
    const long = await scorer.score(request(ENGLISH.C1));

    expect(short.confidence).toBeLessThan(long.confidence);
  });

  it("notes the share of misspelled words with examples", async () => {
    const result = await scorer.score(request(ENGLISH.A1));

    expect(result.tasks[0]?.notes).toContain(
      "3% of words misspelled (wensday)",
    );
  });
});

describe("baseline scorer on speaking", () => {
  it("sends a recording without transcript to review, scoring the rest", async () => {
    const result = await scorer.score({
      language: "en-US",
      targetLevel: "B1",
      responses: [writing(ENGLISH.B2), speaking(null)],
    });

    expect(result.status).toBe("needs_review");
    expect(result.reviewReasons).toEqual([
      "Task 2 is a recording without a transcript; a reviewer must listen",
    ]);
    expect(result.tasks[0]?.score).not.toBeNull();
    expect(result.tasks[1]).toMatchObject({ level: null, score: null });
    expect(result.overall?.score).toBe(result.tasks[0]?.score);
  });

  it("has no overall score when nothing could be scored", async () => {
    const result = await scorer.score({
      language: "en-US",
      targetLevel: "B1",
      responses: [speaking(null)],
    });

    expect(result.status).toBe("needs_review");
    expect(result.overall).toBeNull();
    expect(result.confidence).toBe(0);
  });

  it("scores a transcript with fluency but never pronunciation", async () => {
    const result = await scorer.score({
      language: "en-US",
      targetLevel: "B1",
      responses: [speaking(SPOKEN)],
    });

    expect(result.status).toBe("scored");
    expect(result.subScores.fluency).toBeGreaterThan(5);
    expect(result.subScores.pronunciation).toBeUndefined();
    expect(result.tasks[0]?.transcript).toBe(SPOKEN);
    expect(result.tasks[0]?.notes).toContainEqual(
      expect.stringMatching(/^1\d\d words per minute$/),
    );
  });

  it("sends a language it cannot measure to review", async () => {
    const result = await scorer.score(
      request("Hej, jag kan inte komma.", "sv-SE"),
    );

    expect(result.status).toBe("needs_review");
    expect(result.overall).toBeNull();
  });
});
