"use client";

import { useActionState } from "react";

import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { setReviewerAction } from "@/lib/members/actions";

type Props = { membershipId: string; name: string; reviewer: boolean };

/** Lets a member score results in the review queue. */
export function ReviewerSwitch({ membershipId, name, reviewer }: Props) {
  const [result, dispatch, pending] = useActionState(setReviewerAction, null);

  return (
    <div className="grid gap-1">
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          role="switch"
          checked={reviewer}
          disabled={pending}
          aria-label={`${name} reviews results`}
          className="size-4 accent-brand-600"
          onChange={(event) =>
            dispatchFields(dispatch, {
              membershipId,
              reviewer: String(event.target.checked),
            })
          }
        />
        Reviewer
      </label>
      <InlineError result={result} />
    </div>
  );
}
