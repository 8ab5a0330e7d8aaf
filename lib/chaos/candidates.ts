import { and, eq, inArray } from "drizzle-orm";

import { db } from "@/db/client";
import { assessments, invitations } from "@/db/schema";
import type { Rng } from "@/lever-simulator/src/random";
import type { Scope } from "@/lib/auth/scope";
import type { Mailbox } from "@/lib/bench/mailbox";
import { COMPLETION_SHARE } from "@/lib/chaos/settings";
import { candidateToken } from "@/lib/invitations/links";

/** A request the app answered with a 5xx, for the outage check. */
export type ServerError = { at: number; status: number; path: string };

export type Completions = {
  invited: number;
  chosen: number;
  submitted: string[];
  /** Invitations whose link never reached the candidate's inbox. */
  linkMissing: number;
  failures: string[];
  serverErrors: ServerError[];
};

// A reply a support agent might write: long enough for the task's 60
// words, varied enough for the baseline scorer to place it.
const ANSWER = [
  "Dear Ms Keller, thank you for letting us know that your parcel has",
  "not arrived yet. I am sorry for the inconvenience this has caused.",
  "I checked the tracking history and the parcel was delayed at our",
  "Rotterdam hub because of a customs inspection, which was completed",
  "this morning. It has now been loaded onto a vehicle and should reach",
  "you by Thursday afternoon. If it does not arrive by then, please",
  "reply to this email and I will arrange a replacement or a full",
  "refund straight away. Kind regards, Daniel from customer support.",
].join(" ");

/**
 * A share of the invited candidates take their assessment the way the
 * candidate page does, through the app's HTTP API with the link their
 * invitation email carried: start, answer and finish each task, submit.
 */
export async function completeAssessments(
  appUrl: string,
  mailbox: Mailbox,
  owner: Scope,
  rng: Rng,
): Promise<Completions> {
  const invited = await db()
    .select({
      id: invitations.id,
      linkVersion: invitations.linkVersion,
      email: invitations.candidateEmail,
      tasks: assessments.tasks,
    })
    .from(invitations)
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .where(
      and(
        eq(invitations.organizationId, owner.organizationId),
        inArray(invitations.status, ["sent", "opened"]),
      ),
    );
  const chosen = invited.filter(() => rng() < COMPLETION_SHARE);

  const result: Completions = {
    invited: invited.length,
    chosen: chosen.length,
    submitted: [],
    linkMissing: 0,
    failures: [],
    serverErrors: [],
  };
  for (const invitation of chosen) {
    const token = candidateToken(invitation);
    if (!linkWasMailed(mailbox, invitation.email ?? "", token)) {
      result.linkMissing += 1;
      continue;
    }
    const failure = await takeAssessment(
      appUrl,
      token,
      invitation.tasks,
      result,
    );
    if (failure) result.failures.push(failure);
    else result.submitted.push(invitation.id);
  }
  return result;
}

function linkWasMailed(mailbox: Mailbox, email: string, token: string) {
  // Quoted-printable bodies wrap long lines with "=" and escape "=".
  return mailbox
    .messages(email)
    .map((raw) => raw.replace(/=\r?\n/g, "").replace(/=3D/g, "="))
    .some((text) => text.includes(`/a/${token}`));
}

type Task = { id: string; kind: string };

async function takeAssessment(
  appUrl: string,
  token: string,
  tasks: Task[],
  result: Completions,
): Promise<string | null> {
  const call = (step: string, body: object = {}) =>
    post(`${appUrl}/api/a/${token}/${step}`, body, result.serverErrors);

  const steps: [string, object?][] = [["start"]];
  for (const task of tasks) {
    if (task.kind !== "writing") return `task ${task.id} is not written`;
    steps.push(["answer", { taskId: task.id, text: ANSWER }]);
    steps.push(["next", { taskId: task.id }]);
  }
  steps.push(["submit"]);

  for (const [step, body] of steps) {
    const status = await call(step, body);
    if (status !== 200) return `${step} answered ${status}`;
  }
  return null;
}

async function post(
  url: string,
  body: object,
  serverErrors: ServerError[],
): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  await response.body?.cancel();
  if (response.status >= 500) {
    serverErrors.push({
      at: Date.now(),
      status: response.status,
      path: new URL(url).pathname.replace(/\/a\/[^/]+/, "/a/<token>"),
    });
  }
  return response.status;
}
