"use client";

import Link from "next/link";
import { useActionState, useState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea";
import type { AssessmentTask } from "@/db/schema";
import {
  fieldErrorOf,
  submittedValue,
  type ActionResult,
} from "@/lib/actions/result";
import {
  createAssessmentAction,
  updateAssessmentAction,
} from "@/lib/assessments/actions";
import { languageName } from "@/lib/assessments/format";
import { canonicalLanguage, type CefrLevel } from "@/lib/assessments/schemas";

import { draftOf, newDraft, useDraftTasks } from "./draft-tasks";
import { LevelSelect } from "./level-select";
import { TaskListEditor } from "./task-list-editor";

export type AssessmentFormValues = {
  id?: string;
  name: string;
  description: string;
  language: string;
  targetLevel: CefrLevel;
  validityDays: number;
  tasks: AssessmentTask[];
};

const LANGUAGE_SUGGESTIONS = [
  "en-GB",
  "en-US",
  "es-ES",
  "es-MX",
  "de-DE",
  "fr-FR",
  "it-IT",
  "nl-NL",
  "pt-BR",
  "pl-PL",
];

/** Creates an assessment, or edits one when `initial.id` is set. */
export function AssessmentForm({ initial }: { initial: AssessmentFormValues }) {
  const editing = Boolean(initial.id);
  const [result, action] = useActionState<ActionResult<never> | null, FormData>(
    editing ? updateAssessmentAction : createAssessmentAction,
    null,
  );
  const drafts = useDraftTasks(
    initial.tasks.length > 0
      ? initial.tasks.map(draftOf)
      : [newDraft("speaking")],
  );
  const [language, setLanguage] = useState(initial.language);
  const [level, setLevel] = useState(initial.targetLevel);
  const value = (field: string, fallback: string) =>
    submittedValue(result, field) ?? fallback;
  const error = (field: string) => fieldErrorOf(result, field);
  const shownFields = Object.keys(
    result && !result.ok ? result.fieldErrors : {},
  );

  return (
    <form action={action} className="grid gap-6" noValidate>
      <FormMessage result={result} fields={shownFields} />
      {initial.id ? (
        <input type="hidden" name="assessmentId" value={initial.id} />
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Details</CardTitle>
          <CardDescription>
            What candidates see before they start.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Field
            name="name"
            label="Name"
            defaultValue={value("name", initial.name)}
            error={error("name")}
            required
          />
          <TextareaField
            name="description"
            label="Description (optional)"
            rows={2}
            defaultValue={value("description", initial.description)}
            error={error("description")}
            hint="The role or situation it is for, in a sentence."
          />
          <div className="grid items-start gap-4 sm:grid-cols-3">
            <Field
              name="language"
              label="Language"
              list="language-suggestions"
              autoComplete="off"
              value={language}
              onChange={(event) => setLanguage(event.target.value)}
              error={error("language")}
              hint={languageHint(language)}
              required
            />
            <datalist id="language-suggestions">
              {LANGUAGE_SUGGESTIONS.map((tag) => (
                <option key={tag} value={tag}>
                  {languageName(tag)}
                </option>
              ))}
            </datalist>
            <LevelSelect
              value={level}
              onChange={setLevel}
              error={error("targetLevel")}
            />
            <Field
              name="validityDays"
              label="Invitation valid for (days)"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              defaultValue={value("validityDays", String(initial.validityDays))}
              error={error("validityDays")}
              hint="From 1 to 60 days."
              required
            />
          </div>
        </CardContent>
      </Card>
      <TaskListEditor drafts={drafts} language={language} errorOf={error} />
      <div className="flex justify-end gap-2">
        <Button asChild variant="secondary">
          <Link
            href={initial.id ? `/assessments/${initial.id}` : "/assessments"}
          >
            Cancel
          </Link>
        </Button>
        <SubmitButton pendingLabel="Saving…">
          {editing ? "Save changes" : "Create assessment"}
        </SubmitButton>
      </div>
    </form>
  );
}

function languageHint(tag: string) {
  const canonical = canonicalLanguage(tag.trim());
  if (!canonical) return "A BCP 47 tag, such as en-GB or es-MX.";
  return `${languageName(canonical)} (${canonical})`;
}
