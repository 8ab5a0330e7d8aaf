import type { Metadata } from "next";

import { PageHeader } from "@/components/dashboard/page-header";
import {
  Card,
  CardHeader,
  CardTitle,
  CardDescription,
} from "@/components/ui/card";
import { canManage, grantableRoles } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { listPendingInvitations } from "@/lib/members/invitations";
import { listMembers } from "@/lib/members/members";

import { InvitationsTable } from "./_components/invitations-table";
import { InviteDialog } from "./_components/invite-dialog";
import { MembersTable } from "./_components/members-table";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  const [members, invitations] = await Promise.all([
    listMembers(scope),
    listPendingInvitations(scope),
  ]);
  const manager = canManage(viewer.role);
  const roles = grantableRoles(viewer.role);

  return (
    <>
      <PageHeader
        title="Members"
        description={
          manager
            ? "Invite your colleagues and decide what they can change. Owners and admins manage the organization; members can look but not change."
            : "The people in your organization. Ask an owner or admin to invite someone or change a role."
        }
        actions={manager ? <InviteDialog roles={roles} /> : null}
      />
      <Card>
        <CardHeader>
          <CardTitle>People</CardTitle>
          <CardDescription>
            {members.length} {members.length === 1 ? "person" : "people"} can
            sign in.
          </CardDescription>
        </CardHeader>
        <MembersTable
          members={members}
          viewerUserId={viewer.userId}
          manageable={manager ? roles : []}
          viewerIsOwner={viewer.role === "owner"}
        />
      </Card>
      {manager ? (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Pending invitations</CardTitle>
            <CardDescription>
              Each link works once and expires after 7 days.
            </CardDescription>
          </CardHeader>
          <InvitationsTable invitations={invitations} />
        </Card>
      ) : null}
    </>
  );
}
