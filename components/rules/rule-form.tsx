"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useActionState, useState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { fieldErrorOf, type ActionResult } from "@/lib/actions/result";
import { leverPickerKeys, ruleKeys, stagesQuery } from "@/lib/queries/lever";
import { addRuleAction, editRuleAction } from "@/lib/rules/actions";
import type { AssessmentChoice } from "@/lib/rules/choices";

import { BackfillChoice } from "./backfill-choice";
import { ChoiceSelect } from "@/components/forms/choice-select";
import { HiddenValues, Picker } from "./rule-form-parts";
import { PostingPicker } from "./posting-picker";
import { RuleOptions } from "./rule-options";
import { EMPTY_RULE, type RuleValues } from "./rule-values";

type Props = {
  assessments: AssessmentChoice[];
  /** Editing an existing rule; absent when adding one. */
  rule?: RuleValues & { id: string };
  onSaved?: () => void;
};

const FIELDS = [
  "postingId",
  "stageId",
  "assessmentId",
  "passLevel",
  "completionStageId",
];

export function RuleForm({ assessments, rule, onSaved }: Props) {
  const [values, setValues] = useState<RuleValues>(rule ?? EMPTY_RULE);
  const queryClient = useQueryClient();
  const save = rule ? editRuleAction : addRuleAction;
  const [result, action] = useActionState(
    async (previous: RuleFormResult | null, form: FormData) => {
      const saved = await save(previous, form);
      if (saved.ok) {
        if (!rule) setValues(EMPTY_RULE);
        void queryClient.invalidateQueries({
          queryKey: leverPickerKeys.ruleWarnings(),
        });
        void queryClient.invalidateQueries({ queryKey: ruleKeys.backfills() });
        onSaved?.();
      }
      return saved;
    },
    null,
  );
  const stages = useQuery(stagesQuery());
  const stageChoices = stages.data ?? [];
  const stageName = (id: string) =>
    stageChoices.find((s) => s.id === id)?.text ?? "";
  const update = (patch: Partial<RuleValues>) =>
    setValues((v) => ({ ...v, ...patch }));
  const error = (field: string) => fieldErrorOf(result, field);

  return (
    <form action={action} className="grid gap-5" noValidate>
      <FormMessage result={result} fields={FIELDS} />
      {result?.ok && !rule ? (
        <p role="status" className="text-sm text-emerald-700">
          Assessment rule added.
        </p>
      ) : null}
      <HiddenValues values={values} stageName={stageName} ruleId={rule?.id} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Picker
          label="Job Posting"
          htmlFor="rule-posting"
          error={error("postingId")}
        >
          <PostingPicker
            value={{ id: values.postingId, name: values.postingName }}
            onChange={(choice) =>
              update({ postingId: choice.id, postingName: choice.name })
            }
            invalid={Boolean(error("postingId"))}
          />
        </Picker>
        <Picker
          label="Lever trigger stage"
          htmlFor="rule-stage"
          error={error("stageId") ?? stages.error?.message}
        >
          <ChoiceSelect
            id="rule-stage"
            label="Lever trigger stage"
            placeholder={
              stages.isPending ? "Loading stages…" : "Choose a stage"
            }
            choices={stageChoices}
            value={values.stageId}
            onChange={(stageId) => update({ stageId })}
            invalid={Boolean(error("stageId"))}
          />
        </Picker>
        <Picker
          label="Hallo assessment"
          htmlFor="rule-assessment"
          error={error("assessmentId")}
        >
          <ChoiceSelect
            id="rule-assessment"
            label="Hallo assessment"
            placeholder={
              assessments.length ? "Choose an assessment" : "No assessments yet"
            }
            choices={assessments.map((a) => ({
              id: a.id,
              text: `${a.name} (${a.targetLevel})`,
            }))}
            value={values.assessmentId}
            onChange={(assessmentId) => update({ assessmentId })}
            invalid={Boolean(error("assessmentId"))}
          />
        </Picker>
      </div>
      <RuleOptions
        values={values}
        update={update}
        stages={stageChoices}
        error={error}
      />
      <div className="flex flex-wrap items-center justify-between gap-4">
        {rule ? (
          <span />
        ) : (
          <BackfillChoice
            postingId={values.postingId}
            stageId={values.stageId}
            stageName={stageName(values.stageId)}
            checked={values.backfill}
            onChange={(backfill) => update({ backfill })}
          />
        )}
        <SubmitButton pendingLabel="Saving…">
          {rule ? "Save rule" : "Add Assessment Rule"}
        </SubmitButton>
      </div>
    </form>
  );
}

export type RuleFormResult = ActionResult<{ ruleId: string }>;
