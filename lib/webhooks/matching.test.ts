import { describe, expect, it } from "vitest";

import {
  candidateFacts,
  decide,
  REASONS,
  stageEnteredAt,
  type CandidateFacts,
  type CandidateRule,
} from "@/lib/webhooks/matching";

const rule = (values: Partial<CandidateRule> = {}): CandidateRule => ({
  id: "rule",
  postingId: null,
  stageId: "assessment",
  status: "enabled",
  assessmentArchived: false,
  ...values,
});

const facts = (values: Partial<CandidateFacts> = {}): CandidateFacts => ({
  currentStageId: "assessment",
  postingIds: ["driver"],
  archived: false,
  email: "ana@example.com",
  ...values,
});

const reasons = (rules: CandidateRule[], f: CandidateFacts) =>
  decide(rules, "assessment", f).map((d) => (d.invite ? "invite" : d.reason));

describe("decide", () => {
  it("invites on a rule for any posting or for the candidate's posting", () => {
    expect(reasons([rule(), rule({ postingId: "driver" })], facts())).toEqual([
      "invite",
      "invite",
    ]);
  });

  it("ignores rules on other stages", () => {
    expect(reasons([rule({ stageId: "phone-screen" })], facts())).toEqual([]);
  });

  it("gives the reason for each skip", () => {
    expect(reasons([rule({ status: "paused" })], facts())).toEqual([
      REASONS.paused,
    ]);
    expect(reasons([rule({ postingId: "planner" })], facts())).toEqual([
      REASONS.posting,
    ]);
    expect(reasons([rule()], facts({ archived: true }))).toEqual([
      REASONS.archived,
    ]);
    expect(reasons([rule()], facts({ email: null }))).toEqual([
      REASONS.noEmail,
    ]);
    expect(reasons([rule({ assessmentArchived: true })], facts())).toEqual([
      REASONS.assessmentArchived,
    ]);
  });

  it("treats an event about a stage the candidate has left as stale", () => {
    expect(reasons([rule()], facts({ currentStageId: "offer" }))).toEqual([
      REASONS.stale,
    ]);
  });
});

describe("candidateFacts", () => {
  it("reads stage, postings, archive state and email from Lever's shapes", () => {
    expect(
      candidateFacts({
        id: "o",
        stage: { id: "assessment", text: "Language Assessment" },
        applications: [{ id: "a", posting: "driver" }, "legacy-id"],
        archived: null,
        emails: ["not an email", "ana@example.com"],
      }),
    ).toEqual(facts());
    expect(
      candidateFacts({
        id: "o",
        stage: "offer",
        archived: { reason: "r", archivedAt: 1 },
      }),
    ).toEqual({
      currentStageId: "offer",
      postingIds: [],
      archived: true,
      email: null,
    });
  });
});

describe("stageEnteredAt", () => {
  it("takes the latest move into the stage from Lever's history", () => {
    const opportunity = {
      id: "o",
      stageChanges: [
        { toStageId: "assessment", updatedAt: 1_000 },
        { toStageId: "offer", updatedAt: 2_000 },
        { toStageId: "assessment", updatedAt: 3_000 },
      ],
    };
    expect(
      stageEnteredAt(opportunity, "assessment", new Date(9)).getTime(),
    ).toBe(3_000);
  });

  it("falls back to the event's time without a history", () => {
    expect(
      stageEnteredAt({ id: "o" }, "assessment", new Date(9)).getTime(),
    ).toBe(9);
  });
});
