import { Badge } from "@/components/ui/badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

import { MemberActions } from "./member-actions";
import { ReviewerSwitch } from "./reviewer-switch";

type Member = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  reviewer: boolean;
  joinedAt: Date;
};

type Props = {
  members: Member[];
  viewerUserId: string;
  /** Roles the viewer may hand out; empty when they cannot manage. */
  manageable: Role[];
  viewerIsOwner: boolean;
};

export function MembersTable({
  members,
  viewerUserId,
  manageable,
  viewerIsOwner,
}: Props) {
  const canEdit = (role: Role) =>
    manageable.length > 0 && (role !== "owner" || viewerIsOwner);

  return (
    <Table>
      <thead>
        <tr>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Reviews results</TableHead>
          <TableHead>Joined</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.membershipId}>
            <TableCell>
              <div className="font-medium">
                {member.name}
                {member.userId === viewerUserId ? (
                  <span className="ml-2 text-xs text-slate-500">(you)</span>
                ) : null}
              </div>
              <div className="text-slate-500">{member.email}</div>
            </TableCell>
            <TableCell>
              {canEdit(member.role) ? null : (
                <Badge tone={member.role === "member" ? "neutral" : "brand"}>
                  {ROLE_LABELS[member.role]}
                </Badge>
              )}
              {canEdit(member.role) ? (
                <MemberActions part="role" member={member} roles={manageable} />
              ) : null}
            </TableCell>
            <TableCell>
              <ReviewerCell member={member} manager={manageable.length > 0} />
            </TableCell>
            <TableCell className="text-slate-600">
              {member.joinedAt.toLocaleDateString("en", {
                dateStyle: "medium",
              })}
            </TableCell>
            <TableCell className="text-right">
              {canEdit(member.role) ? (
                <MemberActions
                  part="remove"
                  member={member}
                  roles={manageable}
                />
              ) : null}
            </TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Owners and admins always review; members only when switched on. */
function ReviewerCell({
  member,
  manager,
}: {
  member: Member;
  manager: boolean;
}) {
  if (member.role !== "member") {
    return <span className="text-sm text-slate-600">Always</span>;
  }
  if (!manager) {
    return (
      <span className="text-sm text-slate-600">
        {member.reviewer ? "Yes" : "No"}
      </span>
    );
  }
  return (
    <ReviewerSwitch
      membershipId={member.membershipId}
      name={member.name}
      reviewer={member.reviewer}
    />
  );
}
