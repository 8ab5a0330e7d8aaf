"use client";

import { Trash2 } from "lucide-react";
import { useActionState } from "react";

import { ConfirmButton } from "@/components/forms/confirm-button";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import type { Role } from "@/lib/auth/roles";
import { changeRoleAction, removeMemberAction } from "@/lib/members/actions";

import { RoleSelect } from "./role-select";

type Member = { membershipId: string; name: string; role: Role };

type Props = { part: "role" | "remove"; member: Member; roles: Role[] };

export function MemberActions({ part, member, roles }: Props) {
  return part === "role" ? (
    <ChangeRole member={member} roles={roles} />
  ) : (
    <RemoveMember member={member} />
  );
}

function ChangeRole({ member, roles }: { member: Member; roles: Role[] }) {
  const [result, dispatch, pending] = useActionState(changeRoleAction, null);
  const choices = roles.includes(member.role) ? roles : [member.role, ...roles];

  return (
    <div className="grid gap-1">
      <RoleSelect
        label={`Role of ${member.name}`}
        roles={choices}
        value={member.role}
        onValueChange={(role) =>
          dispatchFields(dispatch, { membershipId: member.membershipId, role })
        }
        disabled={pending}
      />
      <InlineError result={result} />
    </div>
  );
}

function RemoveMember({ member }: { member: Member }) {
  const [result, dispatch, pending] = useActionState(removeMemberAction, null);

  return (
    <div className="grid justify-items-end gap-1">
      <ConfirmButton
        variant="ghost"
        size="sm"
        disabled={pending}
        title={`Remove ${member.name}?`}
        description="Their account is deleted and they can no longer sign in. You can invite them again later."
        confirmLabel="Remove member"
        onConfirm={() =>
          dispatchFields(dispatch, { membershipId: member.membershipId })
        }
      >
        <Trash2 aria-hidden />
        Remove
        <span className="sr-only"> {member.name}</span>
      </ConfirmButton>
      <InlineError result={result} />
    </div>
  );
}
