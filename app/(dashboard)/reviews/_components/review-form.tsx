"use client";

import { LoaderCircle } from "lucide-react";
import {
  startTransition,
  useActionState,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";

import { FormMessage } from "@/components/forms/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea";
import {
  fieldErrorOf,
  submittedValue,
  type ActionResult,
} from "@/lib/actions/result";
import { saveReviewAction } from "@/lib/results/actions";
import { suggestOverall } from "@/lib/results/suggest";

import { OverallFields, type OverallDraft } from "./overall-fields";
import { TaskScoreFields, type TaskDraft } from "./task-score-fields";

type Props = {
  invitationId: string;
  version: number;
  tasks: TaskDraft[];
  /** Each task's answer, rendered on the server, in the same order. */
  answers: ReactNode[];
  overall: OverallDraft;
  improvements: string[];
  reviewComment: string;
};

/** The reviewer's scoring of every task and of the whole attempt. */
export function ReviewForm(props: Props) {
  const [result, action, pending] = useActionState(saveReviewAction, null);
  const [tasks, setTasks] = useState(props.tasks);
  const [overall, setOverall] = useState(props.overall);

  const suggestion = suggestOverall(
    tasks.map((task) => ({
      level: task.level || null,
      score: task.score.trim() === "" ? null : Number(task.score),
    })),
  );
  const change = (index: number, patch: Partial<TaskDraft>) =>
    setTasks((all) =>
      all.map((task, i) => (i === index ? { ...task, ...patch } : task)),
    );

  // Submitted by hand: a form action would reset the fields afterwards,
  // and the level selects would then show "Choose…" over their values.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };

  return (
    <form onSubmit={submit} className="grid gap-8" noValidate>
      <input type="hidden" name="invitationId" value={props.invitationId} />
      <input type="hidden" name="basedOnVersion" value={props.version} />
      {tasks.map((task, index) => (
        <TaskScoreFields
          key={task.taskId}
          index={index}
          task={task}
          answer={props.answers[index]}
          result={result}
          onChange={(patch) => change(index, patch)}
        />
      ))}
      <section className="grid gap-4 rounded-xl border border-slate-200 bg-white p-6">
        <h2 className="text-base font-semibold">Overall</h2>
        <OverallFields
          value={overall}
          suggestion={suggestion}
          result={result}
          onChange={setOverall}
        />
        <WrittenFields result={result} {...props} />
        <FormMessage result={result} fields={Object.keys(fieldsOf(result))} />
        <Saved result={result} />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? (
              <LoaderCircle className="animate-spin" aria-hidden />
            ) : null}
            {pending ? "Saving…" : "Save final result"}
          </Button>
        </div>
      </section>
    </form>
  );
}

function WrittenFields({
  result,
  improvements,
  reviewComment,
}: Pick<Props, "improvements" | "reviewComment"> & {
  result: ActionResult<unknown> | null;
}) {
  return (
    <>
      <TextareaField
        name="improvements"
        label="Improvements"
        hint="One to five concrete suggestions for the candidate, one per line."
        error={fieldErrorOf(result, "improvements")}
        defaultValue={
          submittedValue(result, "improvements") ?? improvements.join("\n")
        }
        rows={5}
      />
      <TextareaField
        name="reviewComment"
        label="Reviewer's comment"
        hint="Optional. Shown in the report with your name."
        error={fieldErrorOf(result, "reviewComment")}
        defaultValue={submittedValue(result, "reviewComment") ?? reviewComment}
        rows={3}
      />
    </>
  );
}

function fieldsOf(result: ActionResult<unknown> | null) {
  return result && !result.ok ? result.fieldErrors : {};
}

function Saved({
  result,
}: {
  result: ActionResult<{ version: number }> | null;
}) {
  if (!result?.ok) return null;
  return (
    <Alert tone="success">
      Saved as version {result.data.version}. The result is final and goes to
      Lever shortly.
    </Alert>
  );
}
