"use client";

import { UserPlus } from "lucide-react";
import { useActionState, useState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { fieldErrorOf, submittedValue } from "@/lib/actions/result";
import type { Role } from "@/lib/auth/roles";
import { inviteMemberAction } from "@/lib/members/actions";

import { CopyLink } from "./copy-link";
import { RoleSelect } from "./role-select";

export function InviteDialog({ roles }: { roles: Role[] }) {
  const [open, setOpen] = useState(false);
  // A new key per opening gives a fresh form and forgets the last link.
  const [formKey, setFormKey] = useState(0);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) setFormKey((key) => key + 1);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Invite a member</DialogTitle>
        <DialogDescription>
          They get a single-use link to create their account and join.
        </DialogDescription>
        <InviteForm key={formKey} roles={roles} />
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({ roles }: { roles: Role[] }) {
  const [result, action] = useActionState(inviteMemberAction, null);

  if (result?.ok) return <CopyLink link={result.data.link} />;

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage result={result} fields={["email", "role"]} />
      <Field
        name="email"
        defaultValue={submittedValue(result, "email")}
        label="Email"
        type="email"
        autoComplete="off"
        error={fieldErrorOf(result, "email")}
        required
      />
      <div className="grid gap-1.5">
        <Label htmlFor="invite-role">Role</Label>
        <RoleSelect
          id="invite-role"
          name="role"
          label="Role"
          roles={roles}
          defaultValue="member"
        />
        {fieldErrorOf(result, "role") ? (
          <p className="text-sm text-red-700">{fieldErrorOf(result, "role")}</p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Creating link…">
        Create invitation link
      </SubmitButton>
    </form>
  );
}
