import { CircleAlert, CircleCheck } from "lucide-react";
import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

type AlertProps = ComponentProps<"div"> & { tone?: "error" | "success" };

export function Alert({
  tone = "error",
  className,
  children,
  ...props
}: AlertProps) {
  const Icon = tone === "error" ? CircleAlert : CircleCheck;
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
        tone === "error"
          ? "border-red-200 bg-red-50 text-red-800"
          : "border-emerald-200 bg-emerald-50 text-emerald-800",
        className,
      )}
      {...props}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div>{children}</div>
    </div>
  );
}
