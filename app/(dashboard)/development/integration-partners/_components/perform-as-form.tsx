"use client";

import { useQuery } from "@tanstack/react-query";
import { useActionState } from "react";

import { ChoiceSelect } from "@/components/forms/choice-select";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
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

  return (
    <div className="grid max-w-sm gap-1">
      <ChoiceSelect
        id="perform-as"
        label="Lever user feedback is posted as"
        placeholder="Choose a Lever user"
        choices={users.map((user) => ({
          id: user.id,
          text: user.email ? `${user.name} (${user.email})` : user.name,
        }))}
        value={current?.id ?? ""}
        onChange={(leverUserId) => dispatchFields(dispatch, { leverUserId })}
        disabled={pending}
      />
      <InlineError result={result} className="max-w-none" />
    </div>
  );
}
