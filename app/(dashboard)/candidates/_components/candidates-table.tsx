"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  functionalUpdate,
  useTable,
  type PaginationState,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo } from "react";

import { Table, TableCell } from "@/components/ui/table";
import { TableFooter } from "@/components/ui/table-footer";
import {
  DEFAULT_LIST_PARAMS,
  hasFilters,
  PAGE_SIZES,
  type ListParams,
} from "@/lib/invitations/list-params";
import { invitationsQuery } from "@/lib/invitations/list-query";
import type { InvitationListRow } from "@/lib/invitations/queries";
import { cn } from "@/lib/utils";

import { columns, features } from "./candidate-columns";
import {
  ListProblem,
  NoInvitationsYet,
  NoMatches,
  PageOutOfRange,
} from "./list-states";
import { SortableHead } from "./sortable-head";
import type { ListUpdate } from "./use-list-params";

const noRows: InvitationListRow[] = [];

type Props = {
  params: ListParams;
  update: ListUpdate;
  clearFilters: () => void;
};

/** URL values for a change, leaving out what is the default anyway. */
function unlessDefault<K extends keyof ListParams>(
  key: K,
  value: ListParams[K],
) {
  return value === DEFAULT_LIST_PARAMS[key] ? undefined : String(value);
}

export function CandidatesTable({ params, update, clearFilters }: Props) {
  const query = useQuery({
    ...invitationsQuery(params),
    placeholderData: keepPreviousData,
  });
  const sorting = useMemo<SortingState>(
    () => [{ id: params.sort, desc: params.order === "desc" }],
    [params.sort, params.order],
  );
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: params.page - 1, pageSize: params.pageSize }),
    [params.page, params.pageSize],
  );

  const table = useTable({
    features,
    columns,
    data: query.data?.rows ?? noRows,
    rowCount: query.data?.total ?? 0,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      if (!first) return;
      update({
        sort: unlessDefault("sort", first.id as ListParams["sort"]),
        order: unlessDefault("order", first.desc ? "desc" : "asc"),
      });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      update({
        page: unlessDefault("page", next.pageIndex + 1),
        pageSize: unlessDefault("pageSize", next.pageSize),
      });
    },
  });

  if (query.isError && !query.data) {
    return (
      <ListProblem
        message={query.error.message}
        action="Try again"
        onAction={() => void query.refetch()}
      />
    );
  }
  if (query.isPending) {
    return <p className="p-6 text-sm text-slate-500">Loading candidates…</p>;
  }

  const { rows, total } = query.data;
  if (total === 0) {
    return hasFilters(params) ? (
      <NoMatches onClear={clearFilters} />
    ) : (
      <NoInvitationsYet />
    );
  }
  if (rows.length === 0) {
    return <PageOutOfRange onFirst={() => table.firstPage()} />;
  }

  return (
    <>
      <Table
        aria-label="Candidates"
        aria-busy={query.isFetching}
        className={cn(query.isPlaceholderData && "opacity-60")}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHead key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className="relative focus-within:bg-brand-50 hover:bg-slate-50"
            >
              {row.getAllCells().map((cell) => (
                <TableCell key={cell.id}>
                  <table.FlexRender cell={cell} />
                </TableCell>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      <TableFooter
        pageSizes={PAGE_SIZES}
        total={total}
        offset={(params.page - 1) * params.pageSize}
        shown={rows.length}
        pageSize={params.pageSize}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        onPageSize={(size) => table.setPageSize(size)}
      />
    </>
  );
}
