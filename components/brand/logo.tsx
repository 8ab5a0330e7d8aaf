import { AudioLines } from "lucide-react";

import { cn } from "@/lib/utils";

export function Logo({ className }: { className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-2 font-semibold text-slate-900",
        className,
      )}
    >
      <span className="grid size-7 place-items-center rounded-lg bg-brand-600 text-white">
        <AudioLines className="size-4" aria-hidden />
      </span>
      Hallo
    </span>
  );
}
