import type { ReactNode } from "react";

import { Logo } from "@/components/brand/logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-8 bg-gradient-to-b from-brand-50 to-slate-50 p-6">
      <Logo className="text-lg" />
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {children}
      </div>
      <p className="max-w-sm text-center text-xs text-slate-500">
        Language assessments scored against CEFR, connected to your Lever hiring
        pipeline.
      </p>
    </main>
  );
}
