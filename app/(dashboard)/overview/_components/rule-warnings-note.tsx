"use client";

import { useQuery } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";

import { ruleWarningsQuery } from "@/lib/queries/lever";

/** How many rules cannot fire as Lever is now, checked live. */
export function RuleWarningsNote() {
  const { data } = useQuery(ruleWarningsQuery());
  const count = data ? Object.keys(data).length : 0;
  if (count === 0) return null;

  return (
    <p className="flex items-start gap-1.5 text-amber-800">
      <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      {count} assessment {count === 1 ? "rule needs" : "rules need"} attention:
      a posting closed or a stage changed in Lever.
    </p>
  );
}
