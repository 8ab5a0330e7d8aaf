import { describe, expect, it } from "vitest";

import type { Scope } from "@/lib/auth/scope";
import {
  DEFAULT_LIST_PARAMS,
  type ListParams,
} from "@/lib/invitations/list-params";
import {
  candidateFilterOptions,
  findInvitation,
  invitationDetail,
  listInvitations,
} from "@/lib/invitations/queries";
import { createOrganization } from "@/lib/testing/factories";
import {
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";

const DAY = 86_400_000;

function params(values: Partial<ListParams> = {}): ListParams {
  return { ...DEFAULT_LIST_PARAMS, ...values };
}

/**
 * Two rules on different postings, stages and assessments, and five
 * candidates spread across them, created a day apart (Ada oldest).
 */
async function organizationWithCandidates() {
  const scope = await createOrganization();
  const night = await createTestRule(scope, {
    postingId: "posting-night",
    postingName: "Night Porter",
    stageId: "stage-screen",
    stageName: "Phone Screen",
  });
  const desk = await createTestRule(scope, {
    postingId: "posting-desk",
    postingName: "Front Desk",
    stageId: "stage-language",
    stageName: "Language Check",
  });
  const base = Date.UTC(2025, 2, 10, 12);
  // Expiry dates stay in the future: the invitation sweep, tested beside
  // this file, expires open invitations in every organization.
  const later = Date.now() + 30 * DAY;
  const add = (
    rule: typeof night,
    days: number,
    values: Parameters<typeof createTestInvitation>[1],
  ) =>
    createTestInvitation(scope, {
      ruleId: rule.id,
      assessmentId: rule.assessmentId,
      postingId: rule.postingId,
      postingName: rule.postingName,
      stageId: rule.stageId,
      stageName: rule.stageName,
      createdAt: new Date(base + days * DAY),
      expiresAt: new Date(later - days * DAY),
      ...values,
    });

  const ada = await add(night, 0, {
    candidateName: "Ada Lovelace",
    candidateEmail: "ada@example.test",
    status: "sent",
  });
  const grace = await add(night, 1, {
    candidateName: "Grace Hopper",
    candidateEmail: "grace@navy.example.test",
    status: "opened",
  });
  const alan = await add(desk, 2, {
    candidateName: "Alan Turing",
    candidateEmail: "alan@example.test",
    status: "completed",
  });
  const deleted = await add(desk, 3, {
    candidateName: null,
    candidateEmail: null,
    anonymizedAt: new Date(),
    status: "cancelled",
  });
  const percent = await add(desk, 4, {
    candidateName: "Zoe 100% Ready",
    candidateEmail: "zoe@example.test",
    status: "sent",
  });
  return {
    scope,
    night,
    desk,
    ids: { ada, grace, alan, deleted, percent },
  };
}

async function idsOf(scope: Scope, values: Partial<ListParams>) {
  const { rows } = await listInvitations(scope, params(values));
  return rows.map((row) => row.id);
}

describe("listing candidates", () => {
  it("lists newest first with the assessment's name", async () => {
    const { scope, ids } = await organizationWithCandidates();

    const { rows, total } = await listInvitations(scope, params());

    expect(total).toBe(5);
    expect(rows.map((r) => r.id)).toEqual([
      ids.percent.id,
      ids.deleted.id,
      ids.alan.id,
      ids.grace.id,
      ids.ada.id,
    ]);
    const ada = rows.find((r) => r.id === ids.ada.id);
    expect(ada).toMatchObject({
      candidateName: "Ada Lovelace",
      postingName: "Night Porter",
      stageName: "Phone Screen",
      status: "sent",
    });
    expect(ada?.assessmentName).toMatch(/^Assessment /);
    const alan = rows.find((r) => r.id === ids.alan.id);
    expect(alan?.assessmentName).not.toBe(ada?.assessmentName);
  });

  it("narrows by posting, stage and assessment", async () => {
    const { scope, night, desk, ids } = await organizationWithCandidates();
    const nightIds = [ids.grace.id, ids.ada.id];

    expect(await idsOf(scope, { posting: "posting-night" })).toEqual(nightIds);
    expect(await idsOf(scope, { stage: "stage-screen" })).toEqual(nightIds);
    expect(await idsOf(scope, { assessment: night.assessmentId })).toEqual(
      nightIds,
    );
    expect(await idsOf(scope, { assessment: desk.assessmentId })).toHaveLength(
      3,
    );
    expect(await idsOf(scope, { posting: "posting-unknown" })).toEqual([]);
  });

  it("narrows by one status or several", async () => {
    const { scope, ids } = await organizationWithCandidates();

    expect(await idsOf(scope, { status: ["sent"] })).toEqual([
      ids.percent.id,
      ids.ada.id,
    ]);
    expect(await idsOf(scope, { status: ["opened", "completed"] })).toEqual([
      ids.alan.id,
      ids.grace.id,
    ]);
    expect(await idsOf(scope, { status: ["expired"] })).toEqual([]);
  });

  it("narrows by the days invited, both ends included", async () => {
    const { scope, ids } = await organizationWithCandidates();

    expect(
      await idsOf(scope, { from: "2025-03-11", to: "2025-03-12" }),
    ).toEqual([ids.alan.id, ids.grace.id]);
    expect(await idsOf(scope, { from: "2025-03-13" })).toEqual([
      ids.percent.id,
      ids.deleted.id,
    ]);
    expect(await idsOf(scope, { to: "2025-03-10" })).toEqual([ids.ada.id]);
  });

  it("searches names and emails, ignoring case, taking % literally", async () => {
    const { scope, ids } = await organizationWithCandidates();

    expect(await idsOf(scope, { q: "GRACE" })).toEqual([ids.grace.id]);
    expect(await idsOf(scope, { q: "navy.example" })).toEqual([ids.grace.id]);
    expect(await idsOf(scope, { q: "100%" })).toEqual([ids.percent.id]);
    expect(await idsOf(scope, { q: "%" })).toEqual([ids.percent.id]);
    expect(await idsOf(scope, { q: "a_a" })).toEqual([]);
  });

  it("combines filters and counts only what matches", async () => {
    const { scope, ids } = await organizationWithCandidates();

    const result = await listInvitations(
      scope,
      params({ posting: "posting-desk", status: ["sent", "completed"] }),
    );

    expect(result.total).toBe(2);
    expect(result.rows.map((r) => r.id)).toEqual([ids.percent.id, ids.alan.id]);
  });

  it("sorts by name with deleted candidates last either way", async () => {
    const { scope, ids } = await organizationWithCandidates();

    expect(await idsOf(scope, { sort: "candidateName", order: "asc" })).toEqual(
      [ids.ada.id, ids.alan.id, ids.grace.id, ids.percent.id, ids.deleted.id],
    );
    expect(
      await idsOf(scope, { sort: "candidateName", order: "desc" }),
    ).toEqual([
      ids.percent.id,
      ids.grace.id,
      ids.alan.id,
      ids.ada.id,
      ids.deleted.id,
    ]);
  });

  it("sorts by status, expiry and age", async () => {
    const { scope, ids } = await organizationWithCandidates();

    const byStatus = await listInvitations(
      scope,
      params({ sort: "status", order: "asc" }),
    );
    expect(byStatus.rows.map((r) => r.status)).toEqual([
      "sent",
      "sent",
      "opened",
      "completed",
      "cancelled",
    ]);
    expect(await idsOf(scope, { sort: "expiresAt", order: "asc" })).toEqual([
      ids.percent.id,
      ids.deleted.id,
      ids.alan.id,
      ids.grace.id,
      ids.ada.id,
    ]);
    expect(await idsOf(scope, { sort: "createdAt", order: "asc" })).toEqual([
      ids.ada.id,
      ids.grace.id,
      ids.alan.id,
      ids.deleted.id,
      ids.percent.id,
    ]);
  });

  it("pages through ties without repeating or skipping anyone", async () => {
    const scope = await createOrganization();
    const rule = await createTestRule(scope);
    const sameMoment = new Date(Date.UTC(2025, 0, 1));
    const created = [];
    for (let i = 0; i < 7; i += 1) {
      created.push(
        await createTestInvitation(scope, {
          ruleId: rule.id,
          assessmentId: rule.assessmentId,
          createdAt: sameMoment,
        }),
      );
    }

    for (const order of ["asc", "desc"] as const) {
      const seen: string[] = [];
      for (let page = 1; page <= 4; page += 1) {
        const result = await listInvitations(
          scope,
          params({ order, page, pageSize: 2 }),
        );
        expect(result.total).toBe(7);
        expect(result.rows.length).toBe(page === 4 ? 1 : 2);
        seen.push(...result.rows.map((r) => r.id));
      }
      expect(new Set(seen).size).toBe(7);
      expect(seen.sort()).toEqual(created.map((c) => c.id).sort());
    }
    const beyond = await listInvitations(scope, params({ page: 9 }));
    expect(beyond).toEqual({ rows: [], total: 7 });
  });
});

describe("keeping organizations apart", () => {
  it("never lists, shows or offers another organization's candidates", async () => {
    const { scope: b, ids } = await organizationWithCandidates();
    const a = await createOrganization("Org A");
    await createTestInvitation(a, { candidateName: "Only In A" });

    const listed = await listInvitations(a, params({ pageSize: 100 }));
    expect(listed.total).toBe(1);
    expect(listed.rows.map((r) => r.candidateName)).toEqual(["Only In A"]);
    expect(await idsOf(a, { posting: "posting-night" })).toEqual([]);
    expect(await findInvitation(a, ids.ada.id)).toBeNull();
    await expect(invitationDetail(a, ids.ada.id)).rejects.toMatchObject({
      code: "not_found",
    });
    const options = await candidateFilterOptions(a);
    expect(options.postings).toEqual([]);
    expect(options.stages.map((s) => s.text)).toEqual(["Language Assessment"]);
    expect(options.assessments).toHaveLength(1);
    expect((await invitationDetail(b, ids.ada.id)).candidateName).toBe(
      "Ada Lovelace",
    );
  });

  it("answers not found for an id that is not a uuid", async () => {
    const scope = await createOrganization();

    await expect(invitationDetail(scope, "../etc")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("filter choices", () => {
  it("offers the postings and stages of the rules, and every assessment", async () => {
    const { scope, night, desk } = await organizationWithCandidates();
    await createTestRule(scope, {
      postingId: null,
      postingName: null,
      stageId: "stage-screen",
      stageName: "Phone Screen",
      assessmentId: night.assessmentId,
    });

    const options = await candidateFilterOptions(scope);

    expect(options.postings).toEqual([
      { id: "posting-desk", text: "Front Desk" },
      { id: "posting-night", text: "Night Porter" },
    ]);
    expect(options.stages).toEqual([
      { id: "stage-language", text: "Language Check" },
      { id: "stage-screen", text: "Phone Screen" },
    ]);
    expect(options.assessments.map((a) => a.id).sort()).toEqual(
      [night.assessmentId, desk.assessmentId].sort(),
    );
  });
});
