"use client";

import { Ban, Link2 } from "lucide-react";
import { useActionState, useId } from "react";

import { ConfirmButton } from "@/components/forms/confirm-button";
import { CopyField } from "@/components/forms/copy-field";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  createReportLinkAction,
  revokeReportLinkAction,
} from "@/lib/reports/actions";
import type { ReportLinkRow } from "@/lib/reports/manage";

import { formatUtc } from "./levels";

type Props = { invitationId: string; links: ReportLinkRow[] };

/** Copy, revoke and make report links; each change is audited. */
export function ReportLinkManager({ invitationId, links }: Props) {
  const live = links.filter((link) => link.url);
  const past = links.filter((link) => !link.url);

  return (
    <div className="grid gap-5">
      {live.length === 0 ? (
        <p className="text-sm text-slate-600">
          No report link works right now. Make one to share the report.
        </p>
      ) : null}
      {live.map((link) => (
        <LiveLink key={link.id} link={link} />
      ))}
      <NewLinkForm invitationId={invitationId} />
      {past.length > 0 ? (
        <details className="text-sm text-slate-600">
          <summary className="cursor-pointer">
            {past.length} revoked or expired{" "}
            {past.length === 1 ? "link" : "links"}
          </summary>
          <ul className="mt-2 grid gap-1 pl-4">
            {past.map((link) => (
              <li key={link.id}>
                Made {formatUtc(link.createdAt)}
                {link.revokedAt
                  ? `, revoked ${formatUtc(link.revokedAt)}`
                  : ", expired"}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function LiveLink({ link }: { link: ReportLinkRow }) {
  const [result, dispatch, pending] = useActionState(
    revokeReportLinkAction,
    null,
  );
  const opened = link.lastOpenedAt
    ? `last opened ${formatUtc(link.lastOpenedAt)}`
    : "not opened yet";
  const expiry = link.expiresAt
    ? `works until ${formatUtc(link.expiresAt)}`
    : "no expiry";

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-72 flex-1">
        <CopyField
          label="Report link"
          value={link.url ?? ""}
          hint={`Made ${formatUtc(link.createdAt)} by ${link.createdBy ?? "Hallo for the Lever feedback form"} · ${expiry} · ${opened}`}
        />
      </div>
      <div className="mb-5 grid gap-1">
        <ConfirmButton
          variant="secondary"
          disabled={pending}
          title="Revoke this report link?"
          description="Anyone who opens it, including from the feedback form in Lever, will see that the link no longer works. Make a new link to share the report again."
          confirmLabel="Revoke link"
          onConfirm={() => dispatchFields(dispatch, { linkId: link.id })}
        >
          <Ban aria-hidden />
          {pending ? "Revoking…" : "Revoke"}
        </ConfirmButton>
        <InlineError result={result} />
      </div>
    </div>
  );
}

function NewLinkForm({ invitationId }: { invitationId: string }) {
  const [result, action] = useActionState(createReportLinkAction, null);
  const id = useId();

  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="invitationId" value={invitationId} />
      <div className="grid gap-1.5">
        <Label htmlFor={id}>Expires after (optional)</Label>
        <Input id={id} name="expiresOn" type="date" className="w-44" />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Making link…">
        <Link2 aria-hidden />
        New report link
      </SubmitButton>
      <InlineError result={result} />
      {result?.ok ? (
        <p role="status" className="text-sm text-emerald-700">
          New link made.
        </p>
      ) : null}
    </form>
  );
}
