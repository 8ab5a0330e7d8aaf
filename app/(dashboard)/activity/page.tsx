import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";

import { PageHeader } from "@/components/dashboard/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import {
  ACTIVITY_KINDS,
  ACTIVITY_PAGE_SIZE,
  listActivity,
  type ActivityKind,
} from "@/lib/audit/activity";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { cn } from "@/lib/utils";

import { ActivityList } from "./_components/activity-list";

export const metadata: Metadata = { title: "Activity" };

const params = z.object({
  kind: z
    .enum(Object.keys(ACTIVITY_KINDS) as [ActivityKind])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) {
    return (
      <>
        <PageHeader title="Activity" />
        <Alert>Only owners and admins can see the activity log.</Alert>
      </>
    );
  }

  const { kind, page } = params.parse(await searchParams);
  const { entries, total } = await listActivity(scopeOf(viewer), {
    kind,
    page,
  });
  const pages = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const href = (next: { kind?: string; page?: number }) => {
    const query = new URLSearchParams();
    if (next.kind) query.set("kind", next.kind);
    if (next.page && next.page > 1) query.set("page", String(next.page));
    return `/activity${query.size ? `?${query}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title="Activity"
        description="Every change to members, the Lever connection, assessments and rules: who, what, when, and the state before and after."
      />
      <nav aria-label="Filter by kind" className="mb-4 flex flex-wrap gap-2">
        {[["", "All"] as const, ...Object.entries(ACTIVITY_KINDS)].map(
          ([value, label]) => (
            <Link
              key={value}
              href={href({ kind: value })}
              aria-current={(kind ?? "") === value ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm",
                (kind ?? "") === value
                  ? "border-brand-600 bg-brand-50 text-brand-700"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {label}
            </Link>
          ),
        )}
      </nav>
      <Card>
        <ActivityList entries={entries} />
      </Card>
      <div className="mt-4 flex items-center justify-between text-sm text-slate-600">
        <span>
          Page {Math.min(page, pages)} of {pages} · {total}{" "}
          {total === 1 ? "change" : "changes"}
        </span>
        <span className="flex gap-3">
          {page > 1 ? (
            <Link
              className="text-brand-700 underline"
              href={href({ kind, page: page - 1 })}
            >
              Newer
            </Link>
          ) : null}
          {page < pages ? (
            <Link
              className="text-brand-700 underline"
              href={href({ kind, page: page + 1 })}
            >
              Older
            </Link>
          ) : null}
        </span>
      </div>
    </>
  );
}
