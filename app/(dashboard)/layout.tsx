import type { ReactNode } from "react";

import { Logo } from "@/components/brand/logo";
import { NavLinks } from "@/components/dashboard/nav-links";
import { UserMenu } from "@/components/dashboard/user-menu";
import { canManage, ROLE_LABELS } from "@/lib/auth/roles";
import { ReconnectBanner } from "@/components/dashboard/reconnect-banner";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { needsReconnect } from "@/lib/lever-connection/status";

export default async function DashboardLayout({
  children,
}: {
  children: ReactNode;
}) {
  const viewer = await requireViewer();
  const reconnect = await needsReconnect(scopeOf(viewer));

  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <aside className="flex flex-col gap-6 border-b border-slate-200 bg-white p-4 md:sticky md:top-0 md:h-screen md:w-64 md:border-r md:border-b-0">
        <div className="grid gap-3 px-2">
          <Logo />
          <p
            className="truncate text-sm font-medium text-slate-600"
            title={viewer.organizationName}
          >
            {viewer.organizationName}
          </p>
        </div>
        <NavLinks manager={canManage(viewer.role)} />
        <div className="mt-auto">
          <UserMenu
            name={viewer.name}
            email={viewer.email}
            roleLabel={ROLE_LABELS[viewer.role]}
          />
        </div>
      </aside>
      <main className="min-w-0 flex-1 p-6 md:p-10">
        {reconnect ? <ReconnectBanner /> : null}
        {children}
      </main>
    </div>
  );
}
