import type { Metadata } from "next";
import type { ReactNode } from "react";

// Report links are private: never indexed, never sent on as a referrer.
// Set here so the "link no longer works" page carries it too.
export const metadata: Metadata = {
  title: "Language assessment report",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default function ReportLinkLayout({
  children,
}: {
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen bg-slate-50 print:bg-white">{children}</div>
  );
}
