import { cn } from "@/lib/utils";

import {
  CEFR_LEVELS,
  LEVEL_COLORS,
  LEVEL_NAMES,
  type CefrLevel,
} from "./levels";

const DARK = new Set<CefrLevel>(["B2", "C1", "C2"]);

type Props = { level: CefrLevel | null; target: CefrLevel | null };

/** The six CEFR bands in a row, the candidate's level raised and marked. */
export function CefrScale({ level, target }: Props) {
  const description = level
    ? `CEFR level ${level} of A1 to C2` +
      (target ? `, against a target of ${target}` : "")
    : "No overall CEFR level yet";

  return (
    <figure className="grid gap-2" aria-label={description}>
      <ol className="grid grid-cols-6 gap-1" aria-hidden>
        {CEFR_LEVELS.map((band) => (
          <li key={band} className="grid gap-1 text-center">
            <span
              className={cn(
                "flex h-10 items-center justify-center rounded-md border-2 text-sm font-semibold print:border print:border-slate-300",
                band === level
                  ? cn(
                      "h-12 -translate-y-1 text-base ring-2 ring-slate-900 ring-offset-2",
                      DARK.has(band) ? "text-white" : "text-slate-900",
                    )
                  : "bg-white text-slate-700",
              )}
              // Other bands are outlined in their colour, so their labels
              // keep full contrast; the candidate's band is filled.
              style={{
                borderColor: LEVEL_COLORS[band],
                ...(band === level
                  ? { backgroundColor: LEVEL_COLORS[band] }
                  : {}),
              }}
            >
              {band}
            </span>
            <span className="hidden text-[11px] leading-tight text-slate-500 sm:block">
              {LEVEL_NAMES[band]}
            </span>
            <span className="h-4 text-[11px] font-medium text-slate-700">
              {band === target ? "Target" : ""}
            </span>
          </li>
        ))}
      </ol>
      <figcaption className="sr-only">{description}</figcaption>
    </figure>
  );
}
