"use client";

import { Search } from "lucide-react";
import { useEffect } from "react";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

import { useSyncedValue } from "./use-synced-value";

const PAUSE_MS = 300;

type Props = { value: string; onSearch: (text: string) => void };

/** Name or email search, sent once the person pauses typing. */
export function SearchField({ value, onSearch }: Props) {
  const [text, setText] = useSyncedValue(value);

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSearch(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="grid gap-1.5">
      <Label htmlFor="filter-search">Search</Label>
      <div className="relative">
        <Search
          className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-slate-400"
          aria-hidden
        />
        <Input
          id="filter-search"
          type="search"
          className="pl-8"
          placeholder="Name or email"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
    </div>
  );
}
