"use client";

import { FlexRender, type CellData, type Header } from "@tanstack/react-table";
import { ArrowDown, ArrowUp } from "lucide-react";

import { TableHead } from "@/components/ui/table";
import type { InvitationListRow } from "@/lib/invitations/queries";

import type { features } from "./candidate-columns";

type Props = {
  header: Header<typeof features, InvitationListRow, CellData>;
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** A column heading; a sortable one is a button that flips the order. */
export function SortableHead({ header }: Props) {
  const sorted = header.column.getIsSorted();

  return (
    <TableHead aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      {header.column.getCanSort() ? (
        <button
          type="button"
          className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
          onClick={header.column.getToggleSortingHandler()}
        >
          <FlexRender header={header} />
          {sorted === "asc" ? <ArrowUp className="size-3" aria-hidden /> : null}
          {sorted === "desc" ? (
            <ArrowDown className="size-3" aria-hidden />
          ) : null}
        </button>
      ) : (
        <FlexRender header={header} />
      )}
    </TableHead>
  );
}
