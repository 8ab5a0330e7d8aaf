"use client";

import { Card } from "@/components/ui/card";
import type { FilterOptions } from "@/lib/invitations/queries";

import { CandidateFilters } from "./candidate-filters";
import { CandidatesTable } from "./candidates-table";
import { ListProblem } from "./list-states";
import { useListParams } from "./use-list-params";

/** The filters and the list, both driven by the URL's query string. */
export function CandidatesView({ options }: { options: FilterOptions }) {
  const list = useListParams();

  return (
    <>
      <CandidateFilters
        search={list.search}
        options={options}
        update={list.update}
        clearFilters={list.clearFilters}
      />
      <Card>
        {list.params ? (
          <CandidatesTable
            params={list.params}
            update={list.update}
            clearFilters={list.clearFilters}
          />
        ) : (
          <ListProblem
            message={list.problem}
            action="Show all candidates"
            onAction={list.reset}
          />
        )}
      </Card>
    </>
  );
}
