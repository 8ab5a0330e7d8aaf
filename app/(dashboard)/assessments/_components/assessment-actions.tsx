"use client";

import { Archive, ArchiveRestore, Copy } from "lucide-react";
import { useActionState, useState, type ReactNode } from "react";

import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
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
  return (
    <AssessmentButton
      assessmentId={assessmentId}
      action={duplicateAssessmentAction}
      pendingLabel="Duplicating…"
    >
      <Copy aria-hidden />
      Duplicate
    </AssessmentButton>
  );
}

export function RestoreButton({ assessmentId }: Props) {
  return (
    <AssessmentButton
      assessmentId={assessmentId}
      action={restoreAssessmentAction}
      pendingLabel="Restoring…"
    >
      <ArchiveRestore aria-hidden />
      Restore
    </AssessmentButton>
  );
}

/** A one-click action on an assessment, with its error underneath. */
function AssessmentButton<T>({
  assessmentId,
  action,
  pendingLabel,
  children,
}: Props & {
  action: (
    previous: ActionResult<T> | null,
    form: FormData,
  ) => Promise<ActionResult<T>>;
  pendingLabel: string;
  children: ReactNode;
}) {
  const [result, dispatch] = useActionState(action, null);

  return (
    <form action={dispatch} className="grid justify-items-end gap-1">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
        {children}
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
    dispatchFields(dispatch, {
      assessmentId,
      confirm: rulesWarning ? "true" : "false",
    });
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
