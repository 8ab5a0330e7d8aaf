"use client";

import { useActionState, useState } from "react";

import { ConfirmButton } from "@/components/forms/confirm-button";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
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
import { valuesOf } from "./rule-values";

type Props = { rule: Rule; assessments: AssessmentChoice[] };

export function RuleActions({ rule, assessments }: Props) {
  const [editing, setEditing] = useState(false);
  const enabled = rule.status === "enabled";
  const [toggled, toggle, toggling] = useActionState(
    enabled ? pauseRuleAction : resumeRuleAction,
    null,
  );
  const [deleted, remove, deleting] = useActionState(deleteRuleAction, null);
  const label = `rule for ${rule.postingName ?? "any posting"} at ${rule.stageName}`;
  const ruleId = { ruleId: rule.id };

  return (
    <div className="grid justify-items-end gap-1">
      <div className="flex flex-wrap justify-end gap-1">
        <Button
          size="sm"
          variant="ghost"
          disabled={toggling}
          onClick={() => dispatchFields(toggle, ruleId)}
          aria-label={`${enabled ? "Pause" : "Resume"} ${label}`}
        >
          {enabled ? "Pause" : "Resume"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setEditing(true)}
          aria-label={`Edit ${label}`}
        >
          Edit
        </Button>
        <ConfirmButton
          size="sm"
          variant="ghost"
          disabled={deleting}
          aria-label={`Delete ${label}`}
          title="Delete this assessment rule?"
          description={`Candidates reaching ${rule.stageName} on ${rule.postingName ?? "any posting"} will no longer be invited to ${rule.assessmentName}.${rule.invited > 0 ? " Its invitations and their results stay on the Candidates page." : ""}`}
          confirmLabel="Delete rule"
          onConfirm={() => dispatchFields(remove, ruleId)}
        >
          Delete
        </ConfirmButton>
      </div>
      <InlineError result={toggled} />
      <InlineError result={deleted} />
      <Dialog open={editing} onOpenChange={setEditing}>
        <DialogContent className="max-w-4xl text-left">
          <DialogTitle>Edit assessment rule</DialogTitle>
          <RuleForm
            assessments={assessments}
            rule={{ id: rule.id, ...valuesOf(rule) }}
            onSaved={() => setEditing(false)}
          />
        </DialogContent>
      </Dialog>
    </div>
  );
}
