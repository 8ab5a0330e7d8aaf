import Link from "next/link";

import type { ReviewTab } from "@/lib/results/queue";
import { cn } from "@/lib/utils";

const TABS: Record<ReviewTab, { label: string; href: string }> = {
  waiting: { label: "Waiting for review", href: "/reviews" },
  scored: { label: "All scored", href: "/reviews?tab=scored" },
};

export function ReviewTabs({ current }: { current: ReviewTab }) {
  return (
    <nav aria-label="Review lists" className="mb-4 flex flex-wrap gap-2">
      {(Object.entries(TABS) as [ReviewTab, (typeof TABS)[ReviewTab]][]).map(
        ([tab, { label, href }]) => (
          <Link
            key={tab}
            href={href}
            aria-current={tab === current ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-sm",
              tab === current
                ? "border-brand-600 bg-brand-50 text-brand-700"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            {label}
          </Link>
        ),
      )}
    </nav>
  );
}
