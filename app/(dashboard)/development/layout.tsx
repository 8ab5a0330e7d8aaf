import Link from "next/link";
import type { ReactNode } from "react";

import { PageHeader } from "@/components/dashboard/page-header";

export default function DevelopmentLayout({
  children,
}: {
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title="API"
        description="Connect Hallo to the other systems your team uses."
      />
      <nav aria-label="API sections" className="mb-6 border-b border-slate-200">
        <Link
          href="/development/integration-partners"
          aria-current="page"
          className="-mb-px inline-block border-b-2 border-brand-600 px-1 pb-2 text-sm font-medium text-brand-700"
        >
          Integration Partners
        </Link>
      </nav>
      {children}
    </>
  );
}
