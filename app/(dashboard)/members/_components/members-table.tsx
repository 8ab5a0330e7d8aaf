import { Badge } from "@/components/ui/badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

import { MemberActions } from "./member-actions";

type Member = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
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
