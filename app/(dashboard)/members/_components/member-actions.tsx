"use client";

import { Trash2 } from "lucide-react";
import { startTransition, useActionState } from "react";

import { Button } from "@/components/ui/button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import type { ActionResult } from "@/lib/actions/result";
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

  function change(role: Role) {
    const form = new FormData();
    form.set("membershipId", member.membershipId);
    form.set("role", role);
    startTransition(() => dispatch(form));
  }

  return (
    <div className="grid gap-1">
      <RoleSelect
        label={`Role of ${member.name}`}
        roles={choices}
        value={member.role}
        onValueChange={change}
        disabled={pending}
      />
      <InlineError result={result} />
    </div>
  );
}

function RemoveMember({ member }: { member: Member }) {
  const [result, dispatch, pending] = useActionState(removeMemberAction, null);

  function remove() {
    const form = new FormData();
    form.set("membershipId", member.membershipId);
    startTransition(() => dispatch(form));
  }

  return (
    <div className="grid justify-items-end gap-1">
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="ghost" size="sm" disabled={pending}>
            <Trash2 aria-hidden />
            Remove
            <span className="sr-only"> {member.name}</span>
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogTitle>Remove {member.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            Their account is deleted and they can no longer sign in. You can
            invite them again later.
          </AlertDialogDescription>
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialogCancel>
            <AlertDialogAction asChild>
              <Button variant="danger" onClick={remove}>
                Remove member
              </Button>
            </AlertDialogAction>
          </div>
        </AlertDialogContent>
      </AlertDialog>
      <InlineError result={result} />
    </div>
  );
}

function InlineError({ result }: { result: ActionResult | null }) {
  if (!result || result.ok) return null;
  return (
    <p role="alert" className="max-w-64 text-sm text-red-700">
      {result.message}
    </p>
  );
}
