"use client";

import { useQuery } from "@tanstack/react-query";
import { ClipboardCheck } from "lucide-react";
import Link from "next/link";

import { reviewSummaryQuery } from "@/lib/results/queries";
import { cn } from "@/lib/utils";

/**
 * The review queue's place in the navigation, with how many results wait.
 * Shown only once the server confirms the viewer may review.
 */
export function ReviewsNavLink({ pathname }: { pathname: string }) {
  const { data } = useQuery(reviewSummaryQuery());
  if (!data) return null;

  const active = pathname === "/reviews" || pathname.startsWith("/reviews/");
  return (
    <Link
      href="/reviews"
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
        active && "bg-brand-50 text-brand-700 hover:bg-brand-50",
      )}
    >
      <ClipboardCheck className="size-4" aria-hidden />
      Reviews
      {data.waiting > 0 ? (
        <span className="ml-auto rounded-full bg-amber-100 px-2 text-xs text-amber-800">
          {data.waiting}
          <span className="sr-only"> waiting</span>
        </span>
      ) : null}
    </Link>
  );
}
