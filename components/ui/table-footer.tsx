"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
type Props = {
  /** The page sizes offered; the current one is added when missing. */
  pageSizes: readonly number[];
  total: number;
  /** Index of the first row shown, counted from 0. */
  offset: number;
  shown: number;
  pageSize: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
};

/** "Showing 1–25 of 300", the page size, and Previous / Next. */
export function TableFooter(props: Props) {
  const first = props.shown > 0 ? props.offset + 1 : 0;
  const last = props.offset + props.shown;
  const sizes = props.pageSizes.includes(props.pageSize)
    ? props.pageSizes
    : [...props.pageSizes, props.pageSize].sort((a, b) => a - b);

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p aria-live="polite">
        Showing {first}–{last} of {props.total.toLocaleString("en")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex items-center gap-2">
          <span id="page-size-label">Rows per page</span>
          <Select
            value={String(props.pageSize)}
            onValueChange={(value) => props.onPageSize(Number(value))}
          >
            <SelectTrigger aria-labelledby="page-size-label" className="w-20">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {sizes.map((size) => (
                <SelectItem key={size} value={String(size)}>
                  {size}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={!props.canPrevious}
            onClick={props.onPrevious}
          >
            <ChevronLeft aria-hidden />
            Previous
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={!props.canNext}
            onClick={props.onNext}
          >
            Next
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </div>
  );
}
