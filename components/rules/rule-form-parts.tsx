import type { ReactNode } from "react";

import { Label } from "@/components/ui/label";

import type { RuleValues } from "./rule-values";

/** A labelled picker of the rule form, with its error. */
export function Picker(props: {
  label: string;
  htmlFor: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={props.htmlFor}>{props.label}</Label>
      {props.children}
      {props.error ? (
        <p className="text-sm text-red-700">{props.error}</p>
      ) : null}
    </div>
  );
}

/** The form's choices as the strings the server action parses. */
export function HiddenValues(props: {
  values: RuleValues;
  stageName: (id: string) => string;
  ruleId?: string;
}) {
  const { values } = props;
  const fields: Record<string, string> = {
    postingId: values.postingId,
    postingName: values.postingName ?? "",
    stageId: values.stageId,
    stageName: props.stageName(values.stageId),
    assessmentId: values.assessmentId,
    passLevel: values.passLevel,
    tagOnInvite: String(values.tagOnInvite),
    tagOnComplete: String(values.tagOnComplete),
    tagWithLevel: String(values.tagWithLevel),
    completionStageId: values.completionStageId,
    completionStageName: props.stageName(values.completionStageId),
    completionStageOnlyIfPassed: String(values.completionStageOnlyIfPassed),
    backfill: String(values.backfill),
    ...(props.ruleId ? { ruleId: props.ruleId } : {}),
  };
  return Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}
