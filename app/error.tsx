"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <main className="grid min-h-[60vh] place-items-center p-6">
      <div className="flex max-w-sm flex-col items-center gap-4 text-center">
        <h1 className="text-2xl font-semibold">Something went wrong</h1>
        <p className="text-slate-600">
          We could not show this page. The problem has been logged; please try
          again.
        </p>
        <Button onClick={reset}>Try again</Button>
      </div>
    </main>
  );
}
