"use client";

import { useQuery } from "@tanstack/react-query";
import {
  createPaginatedRowModel,
  rowPaginationFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";

import { Table, TableHead } from "@/components/ui/table";
import { TableFooter } from "@/components/ui/table-footer";
import { backfillsQuery, ruleWarningsQuery } from "@/lib/queries/lever";
import type { AssessmentChoice } from "@/lib/rules/choices";
import type { Rule } from "@/lib/rules/rules";

import { RuleRow } from "./rule-row";

// Paged in the browser, 25 rules at a time: every rule still comes with
// the page (an organization has tens, rarely more), but only one page of
// rows, each with its actions menu, is rendered.
const features = tableFeatures({
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
const PAGE_SIZE = 25;
const PAGE_SIZES = [PAGE_SIZE, 50, 100];

type Props = {
  rules: Rule[];
  assessments: AssessmentChoice[];
  manager: boolean;
};

export function RulesTable({ rules, assessments, manager }: Props) {
  const warnings = useQuery(ruleWarningsQuery());
  const backfills = useQuery(backfillsQuery());
  const table = useTable({
    features,
    columns: [],
    data: rules,
    getRowId: (rule) => rule.id,
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
  });

  if (rules.length === 0) {
    return <p className="text-sm text-slate-600">No assessment rules yet.</p>;
  }

  const { pageIndex, pageSize } = table.state.pagination;
  const page = table.getRowModel().rows;
  return (
    <div>
      <Table aria-label="Assessment rules">
        <thead>
          <tr>
            <TableHead>Job posting</TableHead>
            <TableHead>Trigger stage</TableHead>
            <TableHead>Assessment</TableHead>
            <TableHead>Options</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Invited</TableHead>
            <TableHead className="text-right">Completed</TableHead>
            <TableHead>Created</TableHead>
            {manager ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {page.map(({ original: rule }) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              warnings={warnings.data?.[rule.id] ?? []}
              backfill={backfills.data?.find((b) => b.ruleId === rule.id)}
              assessments={assessments}
              manager={manager}
            />
          ))}
        </tbody>
      </Table>
      {rules.length > PAGE_SIZE ? (
        <TableFooter
          pageSizes={PAGE_SIZES}
          total={rules.length}
          offset={pageIndex * pageSize}
          shown={page.length}
          pageSize={pageSize}
          canPrevious={table.getCanPreviousPage()}
          canNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
          onPageSize={(size) => table.setPageSize(size)}
        />
      ) : null}
    </div>
  );
}
