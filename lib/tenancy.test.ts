import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { leverConnections } from "@/db/schema";
import {
  archiveAssessment,
  createAssessment,
  duplicateAssessment,
  restoreAssessment,
  updateAssessment,
} from "@/lib/assessments/mutations";
import {
  findAssessment,
  getAssessment,
  listAssessments,
} from "@/lib/assessments/queries";
import { disconnectLever } from "@/lib/lever-connection/disconnect";
import { getLiveSummary, setPerformAs } from "@/lib/lever-connection/live";
import {
  getConnectionStatus,
  needsReconnect,
} from "@/lib/lever-connection/status";
import {
  inviteMember,
  listPendingInvitations,
  renewInvitation,
  revokeInvitation,
} from "@/lib/members/invitations";
import {
  changeMemberRole,
  listMembers,
  removeMember,
} from "@/lib/members/members";
import { getOverview, listRecentChanges } from "@/lib/organizations/overview";
import {
  addMember,
  assessmentInput,
  createOrganization,
  uniqueEmail,
} from "@/lib/testing/factories";

// Every data function that takes a scope, asked by organization A about
// organization B's objects. Add new data functions here as they appear.
describe("organization scoping", () => {
  async function twoOrganizations() {
    const a = await createOrganization("Org A");
    const b = await createOrganization("Org B");
    const bMember = await addMember(b, "member");
    const bInvitation = await inviteMember(b, {
      email: uniqueEmail("b-invitee"),
      role: "member",
    });
    return { a, b, bMember, bInvitation };
  }

  it("lists only the scope's own members, invitations and changes", async () => {
    const { a, b, bMember } = await twoOrganizations();

    const members = await listMembers(a);
    expect(members.map((m) => m.userId)).toEqual([a.userId]);
    expect(members.map((m) => m.email)).not.toContain(bMember.email);
    expect(await listPendingInvitations(a)).toEqual([]);
    const changes = await listRecentChanges(a, 50);
    expect(changes.every((c) => !c.summary.includes("b-invitee"))).toBe(true);
    expect((await listRecentChanges(b, 50)).length).toBeGreaterThan(0);
  });

  it("counts only the scope's own organization on the overview", async () => {
    const { a } = await twoOrganizations();

    const overview = await getOverview(a);

    expect(overview.name).toBe("Org A");
    expect(overview.members).toEqual({ owner: 1, admin: 0, member: 0 });
    expect(overview.pendingInvitations).toBe(0);
  });

  it("answers 'not found' for another organization's members", async () => {
    const { a, b, bMember } = await twoOrganizations();

    await expect(
      changeMemberRole(a, bMember.membershipId, "admin"),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(a, bMember.membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listMembers(b)).map((m) => m.role).sort()).toEqual([
      "member",
      "owner",
    ]);
  });

  it("shows no Lever connection and refuses to act on another's", async () => {
    const { a, b } = await twoOrganizations();
    await db()
      .insert(leverConnections)
      .values({
        organizationId: b.organizationId,
        status: "active",
        leverAccountId: `account-${b.organizationId}`,
        apiBaseUrl: "https://api.lever.co/v1",
        connectedAt: new Date(),
      });

    expect(await getConnectionStatus(b)).not.toBeNull();
    expect(await getConnectionStatus(a)).toBeNull();
    expect(await needsReconnect(a)).toBe(false);
    await expect(disconnectLever(a)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(setPerformAs(a, "any-user")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getLiveSummary(a)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("answers 'not found' for another organization's invitations", async () => {
    const { a, b, bInvitation } = await twoOrganizations();

    await expect(
      renewInvitation(a, bInvitation.invitationId),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      revokeInvitation(a, bInvitation.invitationId),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await listPendingInvitations(b)).toHaveLength(1);
  });

  it("neither shows nor changes another organization's assessments", async () => {
    const { a, b } = await twoOrganizations();
    const { id } = await createAssessment(b, assessmentInput());
    const notFound = { code: "not_found" };

    expect(await listAssessments(a, { includeArchived: true })).toEqual([]);
    expect(await findAssessment(a, id)).toBeNull();
    await expect(getAssessment(a, id)).rejects.toMatchObject(notFound);
    await expect(
      updateAssessment(a, id, assessmentInput("Taken over")),
    ).rejects.toMatchObject(notFound);
    await expect(duplicateAssessment(a, id)).rejects.toMatchObject(notFound);
    await expect(
      archiveAssessment(a, id, { confirm: true }),
    ).rejects.toMatchObject(notFound);
    await expect(restoreAssessment(a, id)).rejects.toMatchObject(notFound);
    const untouched = await getAssessment(b, id);
    expect(untouched).toMatchObject({
      name: "Front desk English",
      archivedAt: null,
    });
    expect(await listAssessments(b)).toHaveLength(1);
  });
});
