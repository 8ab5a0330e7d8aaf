import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { auditEvents, reportLinks } from "@/db/schema";
import {
  findLiveLink,
  openReportLink,
  readLinkMedia,
  readScopedMedia,
} from "@/lib/reports/access";
import { ensureReportLink, reportToken } from "@/lib/reports/links";
import {
  createReportLink,
  listReportLinks,
  revokeReportLink,
} from "@/lib/reports/manage";
import { findReport, loadReport } from "@/lib/reports/report";
import { createScoredInvitation } from "@/lib/reports/test-fixtures";
import { addMember, createOrganization } from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

const tokenOf = (url: string) => url.split("/r/")[1]!;

describe("the report of an invitation", () => {
  it("shows the result, every task with its answer, and the signals", async () => {
    const scope = await createOrganization();
    const { invitation, snapshotId } = await createScoredInvitation(scope);

    const report = await findReport(scope, invitation.id);

    expect(report?.result.overallLevel).toBe("B2");
    expect(report?.result.versions).toBe(1);
    expect(report?.tasks.map((task) => task.kind)).toEqual([
      "speaking",
      "writing",
    ]);
    expect(report?.tasks[0]?.transcript).toContain("welcome");
    expect(report?.tasks[1]?.notes).toEqual(["Clear and polite."]);
    expect(report?.snapshots.map((s) => s.id)).toEqual([snapshotId]);
    expect(report?.integrity).toMatchObject({ tabSwitches: 1, pastes: 1 });
    expect(report).not.toHaveProperty("candidateEmail");
  });

  it("is null for another organization's invitation", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const { invitation, audioId } = await createScoredInvitation(a);

    expect(await findReport(b, invitation.id)).toBeNull();
    expect(await findReport(b, "not-a-uuid")).toBeNull();
    expect(await readScopedMedia(b, audioId)).toBeNull();
    expect(await readScopedMedia(a, audioId)).not.toBeNull();
  });

  it("is null while the invitation has no result", async () => {
    const scope = await createOrganization();
    const invitation = await createTestInvitation(scope);

    expect(await loadReport(scope.organizationId, invitation.id)).toBeNull();
  });
});

describe("a report link", () => {
  it("opens the report and records when it was opened", async () => {
    const scope = await createOrganization();
    const { invitation } = await createScoredInvitation(scope);
    const url = await ensureReportLink(db(), {
      organizationId: scope.organizationId,
      invitationId: invitation.id,
    });

    const opened = await openReportLink(tokenOf(url));

    expect(opened?.invitationId).toBe(invitation.id);
    const [row] = await db()
      .select({ lastOpenedAt: reportLinks.lastOpenedAt })
      .from(reportLinks)
      .where(eq(reportLinks.invitationId, invitation.id));
    expect(row?.lastOpenedAt).toBeInstanceOf(Date);
  });

  it("stops working once revoked, and the revocation is audited", async () => {
    const scope = await createOrganization();
    const { invitation } = await createScoredInvitation(scope);
    const { linkId, url } = await createReportLink(scope, invitation.id, null);

    await revokeReportLink(scope, linkId);

    expect(await findLiveLink(tokenOf(url))).toBeNull();
    const kinds = await db()
      .select({ kind: auditEvents.kind })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, invitation.id));
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      "report_link.created",
      "report_link.revoked",
    ]);
  });

  it("stops working after its expiry", async () => {
    const scope = await createOrganization();
    const { invitation } = await createScoredInvitation(scope);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const { url } = await createReportLink(scope, invitation.id, tomorrow);

    expect(await findLiveLink(tokenOf(url))).not.toBeNull();
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect(await findLiveLink(tokenOf(url), later)).toBeNull();
  });

  it("is not found for an unknown or malformed token", async () => {
    expect(await findLiveLink(reportToken(crypto.randomUUID()))).toBeNull();
    expect(await findLiveLink("short")).toBeNull();
  });

  it("serves its own invitation's media and nothing else", async () => {
    const scope = await createOrganization();
    const mine = await createScoredInvitation(scope);
    const other = await createScoredInvitation(scope);
    const { url } = await createReportLink(scope, mine.invitation.id, null);
    const token = tokenOf(url);

    expect((await readLinkMedia(token, mine.audioId))?.contentType).toBe(
      "audio/webm",
    );
    expect(await readLinkMedia(token, other.audioId)).toBeNull();
    expect(await readLinkMedia(token, other.snapshotId)).toBeNull();
  });

  it("is managed by admins only, and lists URLs of working links", async () => {
    const scope = await createOrganization();
    const member = await addMember(scope, "member");
    const { invitation } = await createScoredInvitation(scope);
    const first = await createReportLink(scope, invitation.id, null);
    await createReportLink(scope, invitation.id, null);
    await revokeReportLink(scope, first.linkId);

    await expect(
      createReportLink(member.scope, invitation.id, null),
    ).rejects.toThrow(/owners and admins/);
    const links = await listReportLinks(scope, invitation.id);
    expect(links.map((link) => link.url === null)).toEqual([false, true]);
  });

  it("cannot be made for another organization's invitation", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const { invitation } = await createScoredInvitation(a);

    await expect(createReportLink(b, invitation.id, null)).rejects.toThrow(
      /not found/,
    );
  });
});
