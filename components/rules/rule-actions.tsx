"use client";

import { startTransition, useActionState, useState } from "react";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import {
  deleteRuleAction,
  pauseRuleAction,
  resumeRuleAction,
} from "@/lib/rules/actions";
import type { AssessmentChoice } from "@/lib/rules/choices";
import type { Rule } from "@/lib/rules/rules";

import { RuleForm } from "./rule-form";

type Props = { rule: Rule; assessments: AssessmentChoice[] };

export function RuleActions({ rule, assessments }: Props) {
  const [editing, setEditing] = useState(false);
  const [paused, pause, pausing] = useActionState(pauseRuleAction, null);
  const [resumed, resume, resuming] = useActionState(resumeRuleAction, null);
  const [deleted, remove, deleting] = useActionState(deleteRuleAction, null);
  const failed = [paused, resumed, deleted].find((r) => r && !r.ok);
  const label = `rule for ${rule.postingName ?? "any posting"} at ${rule.stageName}`;

  function submit(action: (form: FormData) => void) {
    const form = new FormData();
    form.set("ruleId", rule.id);
    startTransition(() => action(form));
  }

  return (
    <div className="grid justify-items-end gap-1">
      <div className="flex flex-wrap justify-end gap-1">
        {rule.status === "enabled" ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={pausing}
            onClick={() => submit(pause)}
            aria-label={`Pause ${label}`}
          >
            Pause
          </Button>
        ) : (
          <Button
            size="sm"
            variant="ghost"
            disabled={resuming}
            onClick={() => submit(resume)}
            aria-label={`Resume ${label}`}
          >
            Resume
          </Button>
        )}
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setEditing(true)}
          aria-label={`Edit ${label}`}
        >
          Edit
        </Button>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button
              size="sm"
              variant="ghost"
              disabled={deleting}
              aria-label={`Delete ${label}`}
            >
              Delete
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogTitle>Delete this assessment rule?</AlertDialogTitle>
            <AlertDialogDescription>
              Candidates reaching {rule.stageName} on{" "}
              {rule.postingName ?? "any posting"} will no longer be invited to{" "}
              {rule.assessmentName}.
            </AlertDialogDescription>
            <div className="flex justify-end gap-2">
              <AlertDialogCancel asChild>
                <Button variant="secondary">Cancel</Button>
              </AlertDialogCancel>
              <AlertDialogAction asChild>
                <Button variant="danger" onClick={() => submit(remove)}>
                  Delete rule
                </Button>
              </AlertDialogAction>
            </div>
          </AlertDialogContent>
        </AlertDialog>
      </div>
      {failed && !failed.ok ? (
        <p role="alert" className="max-w-64 text-sm text-red-700">
          {failed.message}
        </p>
      ) : null}
      <Dialog open={editing} onOpenChange={setEditing}>
        <DialogContent className="max-w-4xl text-left">
          <DialogTitle>Edit assessment rule</DialogTitle>
          <RuleForm
            assessments={assessments}
            rule={{
              id: rule.id,
              postingId: rule.postingId ?? "any",
              postingName: rule.postingName,
              stageId: rule.stageId,
              assessmentId: rule.assessmentId,
              passLevel: rule.passLevel ?? "",
              tagOnInvite: rule.tagOnInvite,
              tagOnComplete: rule.tagOnComplete,
              tagWithLevel: rule.tagWithLevel,
              completionStageId: rule.completionStageId ?? "",
              completionStageOnlyIfPassed: rule.completionStageOnlyIfPassed,
              backfill: false,
            }}
            onSaved={() => setEditing(false)}
          />
        </DialogContent>
      </Dialog>
    </div>
  );
}
