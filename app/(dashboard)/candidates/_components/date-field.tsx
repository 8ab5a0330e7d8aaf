"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

import { useSyncedValue } from "./use-synced-value";

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (day: string) => void;
};

/** One end of the "invited between" range, as YYYY-MM-DD in the URL. */
export function DateField({ id, label, value, onChange }: Props) {
  const [day, setDay] = useSyncedValue(value);

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="date"
        value={day}
        onChange={(event) => {
          setDay(event.target.value);
          // A date input reports "" while a date is half typed; only a
          // whole date, or a deliberately emptied field, changes the list.
          if (event.target.value || event.target.validity.valid) {
            onChange(event.target.value);
          }
        }}
      />
    </div>
  );
}
