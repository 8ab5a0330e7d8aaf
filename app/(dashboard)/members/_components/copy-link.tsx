"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The invitation link, read-only and one click from the clipboard. */
export function CopyLink({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }

  return (
    <div className="grid gap-1.5">
      <Label htmlFor="invitation-link">Invitation link</Label>
      <div className="flex gap-2">
        <Input
          id="invitation-link"
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="text-xs text-slate-500" aria-live="polite">
        {copied
          ? "Copied to the clipboard."
          : "Send this link to the person you invited. It is shown only now."}
      </p>
    </div>
  );
}
