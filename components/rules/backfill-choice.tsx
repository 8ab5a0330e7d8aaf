"use client";

import { useQuery } from "@tanstack/react-query";

import { backfillCountQuery } from "@/lib/queries/lever";

type Props = {
  postingId: string;
  stageId: string;
  stageName: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/**
 * Offers to invite the candidates already in the trigger stage, saying how
 * many there are before the admin agrees.
 */
export function BackfillChoice(props: Props) {
  const count = useQuery(backfillCountQuery(props.postingId, props.stageId));

  if (!props.stageId) {
    return (
      <p className="text-sm text-slate-500">
        Choose a trigger stage to see who is already in it.
      </p>
    );
  }
  if (count.isPending) {
    return (
      <p className="text-sm text-slate-500">Counting candidates in Lever…</p>
    );
  }
  if (count.error) {
    return <p className="text-sm text-red-700">{count.error.message}</p>;
  }

  const total = count.data.count;
  if (total === 0) {
    return (
      <p className="text-sm text-slate-600">
        No candidates are in {props.stageName} for this posting right now.
      </p>
    );
  }
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-brand-600"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>
        Also invite the {total} {total === 1 ? "candidate" : "candidates"}{" "}
        already in {props.stageName} for this posting.
      </span>
    </label>
  );
}
