"use client";

import { useQuery } from "@tanstack/react-query";
import { startTransition, useActionState } from "react";

import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { setPerformAsAction } from "@/lib/lever-connection/actions";
import { leverSummaryQuery } from "@/lib/queries/lever";

type Props = { current: { id: string; name: string | null } | null };

export function PerformAsForm({ current }: Props) {
  const { data } = useQuery(leverSummaryQuery());
  const [result, dispatch, pending] = useActionState(setPerformAsAction, null);
  const users =
    data?.users ??
    (current
      ? [{ id: current.id, name: current.name ?? current.id, email: null }]
      : []);

  function choose(leverUserId: string) {
    const form = new FormData();
    form.set("leverUserId", leverUserId);
    startTransition(() => dispatch(form));
  }

  return (
    <div className="grid max-w-sm gap-1">
      <Select value={current?.id} onValueChange={choose} disabled={pending}>
        <SelectTrigger aria-label="Lever user feedback is posted as">
          <SelectValue placeholder="Choose a Lever user" />
        </SelectTrigger>
        <SelectContent>
          {users.map((user) => (
            <SelectItem key={user.id} value={user.id}>
              {user.name}
              {user.email ? ` (${user.email})` : ""}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {result && !result.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
