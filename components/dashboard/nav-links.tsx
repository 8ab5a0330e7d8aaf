"use client";

import {
  Cable,
  ClipboardList,
  History,
  Inbox,
  LayoutDashboard,
  UserRoundCheck,
  Users,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { ReviewsNavLink } from "@/components/results/reviews-nav-link";
import { cn } from "@/lib/utils";

const LINKS = [
  { href: "/overview", label: "Overview", icon: LayoutDashboard },
  { href: "/candidates", label: "Candidates", icon: UserRoundCheck },
  { href: "/assessments", label: "Assessments", icon: ClipboardList },
  { href: "/members", label: "Members", icon: Users },
  { href: "/development", label: "API", icon: Cable },
  { href: "/outbox", label: "Outbox", icon: Inbox, managers: true },
  { href: "/activity", label: "Activity", icon: History, managers: true },
];

/** The main navigation; the activity log is listed for managers only. */
export function NavLinks({ manager }: { manager: boolean }) {
  const pathname = usePathname();
  const links = LINKS.filter((link) => manager || !("managers" in link));

  return (
    <nav aria-label="Main" className="grid gap-1">
      {links.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
              active && "bg-brand-50 text-brand-700 hover:bg-brand-50",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
          </Link>
        );
      })}
      <ReviewsNavLink pathname={pathname} />
    </nav>
  );
}
