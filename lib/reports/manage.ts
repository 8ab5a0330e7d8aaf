import "server-only";

import { desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { invitations, reportLinks, results, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { canManage } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { reportToken, reportUrl } from "@/lib/reports/links";
import { hashLinkToken } from "@/lib/security/tokens";

export type ReportLinkRow = Awaited<ReturnType<typeof listReportLinks>>[number];

function assertManager(scope: Scope) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can manage report links.");
  }
}

/** Whether the invitation of the organization has a current result. */
export async function hasReport(scope: Scope, invitationId: string) {
  if (!z.uuid().safeParse(invitationId).success) return false;
  const [row] = await db()
    .select({ id: results.id })
    .from(results)
    .where(
      inOrganization(
        scope,
        results.organizationId,
        eq(results.invitationId, invitationId),
        isNull(results.supersededAt),
      ),
    );
  return Boolean(row);
}

/**
 * The invitation's report links, newest first. The URL is given only for
 * links that still work, and only to those who manage them.
 */
export async function listReportLinks(scope: Scope, invitationId: string) {
  assertManager(scope);
  const rows = await db()
    .select({
      id: reportLinks.id,
      createdAt: reportLinks.createdAt,
      expiresAt: reportLinks.expiresAt,
      revokedAt: reportLinks.revokedAt,
      lastOpenedAt: reportLinks.lastOpenedAt,
      createdBy: users.name,
    })
    .from(reportLinks)
    .leftJoin(users, eq(users.id, reportLinks.createdByUserId))
    .where(
      inOrganization(
        scope,
        reportLinks.organizationId,
        eq(reportLinks.invitationId, invitationId),
      ),
    )
    .orderBy(desc(reportLinks.createdAt));

  const now = Date.now();
  return rows.map((row) => {
    const expired = row.expiresAt !== null && row.expiresAt.getTime() <= now;
    const live = !row.revokedAt && !expired;
    return { ...row, expired, url: live ? reportUrl(row.id) : null };
  });
}

/** A new link to the report, optionally ending at `expiresAt`. */
export async function createReportLink(
  scope: Scope,
  invitationId: string,
  expiresAt: Date | null,
) {
  assertManager(scope);
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw new AppError("unprocessable", "Choose an expiry in the future.");
  }
  if (!(await hasReport(scope, invitationId))) {
    throw notFound("A result for this candidate");
  }

  return db().transaction(async (tx) => {
    const [invitation] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        inOrganization(
          scope,
          invitations.organizationId,
          eq(invitations.id, invitationId),
        ),
      );
    if (!invitation) throw notFound("That invitation");

    const id = crypto.randomUUID();
    await tx.insert(reportLinks).values({
      id,
      organizationId: scope.organizationId,
      invitationId,
      tokenHash: hashLinkToken(reportToken(id)),
      expiresAt,
      createdByUserId: scope.userId,
    });
    await recordAudit(tx, scope, {
      kind: "report_link.created",
      subjectType: "invitation",
      subjectId: invitationId,
      after: { linkId: id, expiresAt },
    });
    return { linkId: id, url: reportUrl(id) };
  });
}

/** Stops a link from working; the row stays as its history. */
export async function revokeReportLink(scope: Scope, linkId: string) {
  assertManager(scope);
  if (!z.uuid().safeParse(linkId).success) throw notFound("That link");

  return db().transaction(async (tx) => {
    const [revoked] = await tx
      .update(reportLinks)
      .set({ revokedAt: new Date() })
      .where(
        inOrganization(
          scope,
          reportLinks.organizationId,
          eq(reportLinks.id, linkId),
          isNull(reportLinks.revokedAt),
        ),
      )
      .returning({ invitationId: reportLinks.invitationId });
    if (!revoked) throw notFound("A working link with that id");

    await recordAudit(tx, scope, {
      kind: "report_link.revoked",
      subjectType: "invitation",
      subjectId: revoked.invitationId,
      before: { linkId },
    });
    return revoked;
  });
}
