"use client";

import { X } from "lucide-react";

import { ChoiceSelect } from "@/components/forms/choice-select";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import {
  FILTER_KEYS,
  INVITATION_STATUSES,
} from "@/lib/invitations/list-params";
import type { FilterOptions } from "@/lib/invitations/queries";

import { DateField } from "./date-field";
import { SearchField } from "./search-field";
import { StatusFilter } from "./status-filter";
import type { ListUpdate } from "./use-list-params";

type Props = {
  search: URLSearchParams;
  options: FilterOptions;
  update: ListUpdate;
  clearFilters: () => void;
};

// Read from the raw URL rather than the parsed parameters, so the filters
// still show, and can be corrected, when one of them is not valid.
function chosenStatuses(search: URLSearchParams) {
  const listed = search.getAll("status").flatMap((value) => value.split(","));
  return INVITATION_STATUSES.filter((status) => listed.includes(status));
}

export function CandidateFilters(props: Props) {
  const { search, options, update } = props;
  const filtered = FILTER_KEYS.some((key) => search.get(key));

  return (
    <div
      role="search"
      aria-label="Filter candidates"
      className="mb-4 grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <SearchField
        value={search.get("q") ?? ""}
        onSearch={(q) => update({ q }, { replace: true })}
      />
      <Choice
        id="filter-posting"
        label="Posting"
        allLabel="All postings"
        choices={options.postings}
        value={search.get("posting") ?? ""}
        onChange={(posting) => update({ posting })}
      />
      <Choice
        id="filter-stage"
        label="Stage"
        allLabel="All stages"
        choices={options.stages}
        value={search.get("stage") ?? ""}
        onChange={(stage) => update({ stage })}
      />
      <Choice
        id="filter-assessment"
        label="Assessment"
        allLabel="All assessments"
        choices={options.assessments}
        value={search.get("assessment") ?? ""}
        onChange={(assessment) => update({ assessment })}
      />
      <StatusFilter
        chosen={chosenStatuses(search)}
        onChange={(status) => update({ status })}
      />
      <DateField
        id="filter-from"
        label="Invited from"
        value={search.get("from") ?? ""}
        onChange={(from) => update({ from })}
      />
      <DateField
        id="filter-to"
        label="Invited until"
        value={search.get("to") ?? ""}
        onChange={(to) => update({ to })}
      />
      {filtered ? (
        <Button variant="ghost" onClick={props.clearFilters}>
          <X aria-hidden />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

function Choice(props: {
  id: string;
  label: string;
  allLabel: string;
  choices: { id: string; text: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={props.id}>{props.label}</Label>
      <ChoiceSelect
        id={props.id}
        label={props.label}
        choices={props.choices}
        value={props.value}
        onChange={props.onChange}
        placeholder={props.allLabel}
        noneLabel={props.allLabel}
      />
    </div>
  );
}
