"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { Check, ChevronsUpDown } from "lucide-react";
import { useState } from "react";

import {
  Popover,
  PopoverContent,
  PopoverTrigger,
} from "@/components/ui/popover";
import { openPostingsQuery, type PickerPosting } from "@/lib/queries/lever";
import { ANY_POSTING } from "@/lib/rules/schemas";
import { cn } from "@/lib/utils";

export type PostingChoice = { id: string; name: string | null };

type Props = {
  value: PostingChoice;
  onChange: (choice: PostingChoice) => void;
  invalid?: boolean;
};

/**
 * Searchable list of the postings that can receive candidates, fetched from
 * Lever a page at a time as the admin scrolls to "Load more".
 */
export function PostingPicker({ value, onChange, invalid }: Props) {
  const [open, setOpen] = useState(false);
  const postings = useInfiniteQuery(openPostingsQuery());
  const loaded = postings.data?.pages.flatMap((page) => page.data) ?? [];

  function choose(choice: PostingChoice) {
    onChange(choice);
    setOpen(false);
  }

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger
        id="rule-posting"
        role="combobox"
        aria-expanded={open}
        aria-invalid={invalid || undefined}
        className="flex h-9 w-full items-center justify-between rounded-md border border-slate-300 bg-white px-3 text-left text-sm shadow-sm focus-visible:ring-2 focus-visible:ring-brand-100 focus-visible:outline-none aria-invalid:border-red-500"
      >
        <span className="truncate">
          {value.id === ANY_POSTING
            ? "Any posting"
            : (value.name ?? "Choose a posting")}
        </span>
        <ChevronsUpDown className="size-4 text-slate-500" aria-hidden />
      </PopoverTrigger>
      <PopoverContent className="min-w-80 p-0">
        <Command label="Job postings">
          <Command.Input
            placeholder="Search postings…"
            className="h-9 w-full border-b border-slate-200 px-3 text-sm outline-none"
          />
          <Command.List className="max-h-72 overflow-y-auto p-1">
            <Command.Empty className="px-2 py-3 text-sm text-slate-500">
              {postings.isPending
                ? "Loading postings from Lever…"
                : "No posting matches."}
            </Command.Empty>
            <Option
              id={ANY_POSTING}
              label="Any posting"
              detail="Every posting in Lever"
              selected={value.id === ANY_POSTING}
              onSelect={() => choose({ id: ANY_POSTING, name: null })}
            />
            {loaded.map((posting) => (
              <Option
                key={posting.id}
                id={posting.id}
                label={posting.text}
                detail={describe(posting)}
                selected={value.id === posting.id}
                onSelect={() => choose({ id: posting.id, name: posting.text })}
              />
            ))}
            {postings.hasNextPage ? (
              <Command.Item
                value="load-more-postings"
                onSelect={() => void postings.fetchNextPage()}
                className="rounded px-2 py-1.5 text-sm text-brand-700 data-[selected=true]:bg-slate-100"
              >
                {postings.isFetchingNextPage
                  ? "Loading…"
                  : "Load more postings"}
              </Command.Item>
            ) : null}
          </Command.List>
          {postings.error ? (
            <p
              role="alert"
              className="border-t border-slate-200 px-3 py-2 text-sm text-red-700"
            >
              {postings.error.message}
            </p>
          ) : null}
        </Command>
      </PopoverContent>
    </Popover>
  );
}

function describe(posting: PickerPosting): string {
  const parts = [posting.team, posting.location].filter(Boolean);
  const internal = posting.state === "internal" ? "internal" : null;
  return [...parts, internal].filter(Boolean).join(" · ");
}

function Option(props: {
  id: string;
  label: string;
  detail: string;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <Command.Item
      value={`${props.label} ${props.detail} ${props.id}`}
      onSelect={props.onSelect}
      className="flex cursor-default items-start gap-2 rounded px-2 py-1.5 text-sm data-[selected=true]:bg-slate-100"
    >
      <Check
        className={cn(
          "mt-0.5 size-4 shrink-0",
          props.selected ? "opacity-100" : "opacity-0",
        )}
        aria-hidden
      />
      <span className="grid">
        <span>{props.label}</span>
        {props.detail ? (
          <span className="text-xs text-slate-500">{props.detail}</span>
        ) : null}
      </span>
    </Command.Item>
  );
}
