"use client";

import { Archive, ArchiveRestore, Copy } from "lucide-react";
import { startTransition, useActionState, useState } from "react";

import { SubmitButton } from "@/components/forms/submit-button";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import {
  archiveAssessmentAction,
  duplicateAssessmentAction,
  restoreAssessmentAction,
} from "@/lib/assessments/actions";

type Props = { assessmentId: string };

export function DuplicateButton({ assessmentId }: Props) {
  const [result, action] = useActionState(duplicateAssessmentAction, null);

  return (
    <form action={action} className="grid justify-items-end gap-1">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <SubmitButton variant="secondary" pendingLabel="Duplicating…">
        <Copy aria-hidden />
        Duplicate
      </SubmitButton>
      <InlineError result={result} />
    </form>
  );
}

export function RestoreButton({ assessmentId }: Props) {
  const [result, action] = useActionState(restoreAssessmentAction, null);

  return (
    <form action={action} className="grid justify-items-end gap-1">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <SubmitButton variant="secondary" pendingLabel="Restoring…">
        <ArchiveRestore aria-hidden />
        Restore
      </SubmitButton>
      <InlineError result={result} />
    </form>
  );
}

/**
 * Archives after a confirmation. When the server answers that enabled
 * rules would be paused, the dialog says how many and asks once more.
 */
export function ArchiveButton({
  assessmentId,
  name,
}: Props & { name: string }) {
  const [result, dispatch, pending] = useActionState(
    archiveAssessmentAction,
    null,
  );
  const [open, setOpen] = useState(false);
  const rulesWarning =
    result && !result.ok ? result.fieldErrors.confirm?.[0] : undefined;

  function archive() {
    const form = new FormData();
    form.set("assessmentId", assessmentId);
    form.set("confirm", rulesWarning ? "true" : "false");
    startTransition(() => dispatch(form));
  }

  return (
    <AlertDialog open={open && !result?.ok} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="secondary">
          <Archive aria-hidden />
          Archive
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogTitle>Archive {name}?</AlertDialogTitle>
        <AlertDialogDescription>
          Archived assessments leave the catalog and no new candidates are
          invited to them. Results and past invitations are kept, and you can
          restore it at any time.
        </AlertDialogDescription>
        {rulesWarning ? (
          <Alert>{rulesWarning}</Alert>
        ) : (
          <InlineError result={result} />
        )}
        <div className="flex justify-end gap-2">
          <AlertDialogCancel asChild>
            <Button variant="secondary">Cancel</Button>
          </AlertDialogCancel>
          <Button variant="danger" onClick={archive} disabled={pending}>
            {rulesWarning ? "Pause rules and archive" : "Archive assessment"}
          </Button>
        </div>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function InlineError({ result }: { result: ActionResult<unknown> | null }) {
  if (!result || result.ok) return null;
  return (
    <p role="alert" className="max-w-64 text-sm text-red-700">
      {result.message}
    </p>
  );
}
