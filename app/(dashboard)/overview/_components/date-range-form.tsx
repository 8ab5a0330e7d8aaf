import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { DateRange } from "@/lib/organizations/date-range";

/** A plain GET form: the range lives in the URL, so it can be shared. */
export function DateRangeForm({ range }: { range: DateRange }) {
  const filtered = Boolean(range.from || range.to);
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-3"
      aria-label="Date range"
    >
      <div className="grid gap-1.5">
        <Label htmlFor="overview-from">Invited from</Label>
        <Input
          id="overview-from"
          name="from"
          type="date"
          defaultValue={range.from}
          className="w-44"
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="overview-to">to</Label>
        <Input
          id="overview-to"
          name="to"
          type="date"
          defaultValue={range.to}
          className="w-44"
        />
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {filtered ? (
        <Button asChild variant="ghost">
          <Link href="/overview">All time</Link>
        </Button>
      ) : null}
    </form>
  );
}
