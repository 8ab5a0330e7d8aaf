import Link from "next/link";

import { cn } from "@/lib/utils";

export type ActivityQuery = { view: string; kind?: string; page: number };

/** The page's address for a view, kind and page; defaults are left out. */
export function activityHref(query: Partial<ActivityQuery>): string {
  const search = new URLSearchParams();
  if (query.view && query.view !== "changes") search.set("view", query.view);
  if (query.kind) search.set("kind", query.kind);
  if (query.page && query.page > 1) search.set("page", String(query.page));
  return `/activity${search.size ? `?${search}` : ""}`;
}

export function FilterLinks<K extends string>({
  label,
  current,
  options,
  href,
}: {
  label: string;
  current: K;
  options: Record<K, string>;
  href: (value: K) => Partial<ActivityQuery>;
}) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {(Object.entries(options) as [K, string][]).map(([value, text]) => (
        <Link
          key={value}
          href={activityHref(href(value))}
          aria-current={current === value ? "page" : undefined}
          className={cn(
            "rounded-full border px-3 py-1 text-sm",
            current === value
              ? "border-brand-600 bg-brand-50 text-brand-700"
              : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
          )}
        >
          {text}
        </Link>
      ))}
    </nav>
  );
}

export function Pager({
  query,
  total,
  pageSize,
  noun,
}: {
  query: ActivityQuery;
  total: number;
  pageSize: number;
  noun: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pages);

  return (
    <div className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>
        Page {page} of {pages} · {total}{" "}
        {total === 1
          ? noun
          : noun.endsWith("y")
            ? `${noun.slice(0, -1)}ies`
            : `${noun}s`}
      </span>
      <span className="flex gap-3">
        {page > 1 ? (
          <Link
            className="text-brand-700 underline"
            href={activityHref({ ...query, page: page - 1 })}
          >
            Newer
          </Link>
        ) : null}
        {page < pages ? (
          <Link
            className="text-brand-700 underline"
            href={activityHref({ ...query, page: page + 1 })}
          >
            Older
          </Link>
        ) : null}
      </span>
    </div>
  );
}
