"use client";

import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

type Props = {
  roles: Role[];
  name?: string;
  value?: Role;
  defaultValue?: Role;
  onValueChange?: (role: Role) => void;
  label: string;
  disabled?: boolean;
  id?: string;
};

export function RoleSelect({ roles, label, onValueChange, ...props }: Props) {
  return (
    <Select
      {...props}
      onValueChange={(value) => onValueChange?.(value as Role)}
    >
      <SelectTrigger aria-label={label} id={props.id} className="w-32">
        <SelectValue placeholder="Choose…" />
      </SelectTrigger>
      <SelectContent>
        {roles.map((role) => (
          <SelectItem key={role} value={role}>
            {ROLE_LABELS[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
