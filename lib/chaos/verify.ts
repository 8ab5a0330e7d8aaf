import { and, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { feedbackPosts, invitations, webhookDeliveries } from "@/db/schema";
import type { RunningSimulator } from "@/lever-simulator/src/start";
import type { DeliveryAttempt } from "@/lever-simulator/src/types";
import type { Completions, ServerError } from "@/lib/chaos/candidates";
import type { Sent } from "@/lib/chaos/deliveries";
import type { Outage } from "@/lib/chaos/stack";
import type { ChaosRule } from "@/lib/chaos/tenant";
import { referenceLine } from "@/lib/feedback/form";

export type Evidence = {
  sim: RunningSimulator;
  organizationId: string;
  rules: ChaosRule[];
  sent: Sent[];
  outages: Outage[];
  completions: Completions;
};

/** One claim of the run, with the number that proves or breaks it. */
export type Check = { claim: string; figure: string; passed: boolean };

/** Every claim the run makes, checked against the app, Lever and the log. */
export async function verify(evidence: Evidence): Promise<Check[]> {
  return [
    ...(await checkInvitations(evidence)),
    ...(await checkStoredDeliveries(evidence)),
    ...checkDeliveryLog(evidence),
    ...(await checkForms(evidence)),
  ];
}

async function checkInvitations({ sim, organizationId, rules }: Evidence) {
  const expected = new Set<string>();
  for (const opportunity of sim.state.opportunities.values()) {
    if (opportunity.archived) continue;
    for (const rule of rules) {
      const onPosting =
        rule.postingId === null || rule.postingId === opportunity.postingId;
      if (rule.enabled && onPosting && rule.stageId === opportunity.stageId)
        expected.add(`${rule.id} ${opportunity.id}`);
    }
  }
  const rows = await db()
    .select({
      ruleId: invitations.ruleId,
      opportunityId: invitations.opportunityId,
    })
    .from(invitations)
    .where(eq(invitations.organizationId, organizationId));
  const actual = rows.map((row) => `${row.ruleId} ${row.opportunityId}`);
  const actualKeys = new Set(actual);
  const missing = [...expected].filter((key) => !actualKeys.has(key));
  const extra = actual.filter((key) => !expected.has(key));
  const repeated = actual.length - actualKeys.size;

  return [
    {
      claim: "invitations exactly as the rules demand",
      figure: `${actual.length} of ${expected.size} expected (missing ${missing.length}, extra ${extra.length}, repeated ${repeated})`,
      passed: missing.length === 0 && extra.length === 0 && repeated === 0,
    },
  ];
}

async function checkStoredDeliveries({ organizationId, sent }: Evidence) {
  const rows = await db()
    .select({ token: webhookDeliveries.leverToken })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.organizationId, organizationId),
        eq(webhookDeliveries.status, "accepted"),
      ),
    );
  const stored = new Set(rows.map((row) => row.token));
  const genuine = new Set(sent.filter((s) => !s.forge).map((s) => s.token));
  const forgedStored = sent.filter((s) => s.forge && stored.has(s.sentToken));
  const lost = [...genuine].filter((token) => !stored.has(token));

  return [
    {
      claim: "each genuine delivery stored once, none lost",
      figure: `${rows.length} rows for ${genuine.size} distinct deliveries (lost ${lost.length})`,
      passed: rows.length === genuine.size && lost.length === 0,
    },
    {
      claim: "no forged delivery stored",
      figure: `${forgedStored.length} of ${sent.filter((s) => s.forge).length} forged`,
      passed: forgedStored.length === 0,
    },
  ];
}

function checkDeliveryLog({ sim, sent, outages, completions }: Evidence) {
  const attempts = attemptsByDelivery(sim.state.deliveries);
  // An attempt that started just before an outage may fail in it.
  const overlaps = (from: number, to: number) =>
    outages.some((o) => from <= o.to && to >= o.from);
  const during = (at: number, durationMs = 0) => overlaps(at, at + durationMs);
  const genuine = sent.filter((s) => !s.forge);
  const forged = sent.filter((s) => s.forge);

  const unrecovered = genuine.filter(
    (s) => !attempts.get(s.deliveryId)?.some((a) => a.ok),
  );
  const retried = genuine.filter((s) =>
    attempts.get(s.deliveryId)?.some((a) => !a.ok),
  );
  const failedOutside = genuine
    .flatMap((s) => attempts.get(s.deliveryId) ?? [])
    .filter((a) => !a.ok && !during(a.at, a.durationMs));
  const forgedAccepted = forged.filter((s) =>
    attempts.get(s.deliveryId)?.some((a) => a.ok),
  );
  const forgedOdd = forged
    .flatMap((s) => attempts.get(s.deliveryId) ?? [])
    .filter((a) => a.status !== 401 && !during(a.at, a.durationMs));
  const serverErrors: ServerError[] = [
    ...sim.state.deliveries
      .filter((a) => (a.status ?? 0) >= 500)
      .map((a) => ({
        at: a.at + a.durationMs,
        status: a.status ?? 0,
        path: "webhook",
      })),
    ...completions.serverErrors,
  ];
  const outside = serverErrors.filter((e) => !during(e.at));

  return [
    {
      claim: "every forged signature refused with 401",
      figure: `${forged.length} forged, ${forgedAccepted.length} accepted, ${forgedOdd.length} other answers outside outages`,
      passed: forgedAccepted.length === 0 && forgedOdd.length === 0,
    },
    {
      claim: "no 5xx outside the outages",
      figure: `${serverErrors.length} 5xx in all, ${outside.length} outside`,
      passed: outside.length === 0,
    },
    {
      claim: "no failed delivery attempt outside the outages",
      figure: `${failedOutside.length} failed attempts outside${firstOf(failedOutside)}`,
      passed: failedOutside.length === 0,
    },
    {
      claim: "Lever's retries recovered every delivery that failed",
      figure: `${retried.length} retried, ${unrecovered.length} never delivered`,
      passed: unrecovered.length === 0,
    },
  ];
}

/** The first failed attempt's answer, to start an investigation from. */
function firstOf(failed: DeliveryAttempt[]): string {
  const first = failed[0];
  return first ? ` (first: ${first.status ?? first.error})` : "";
}

function attemptsByDelivery(log: DeliveryAttempt[]) {
  const byId = new Map<string, DeliveryAttempt[]>();
  for (const attempt of log) {
    const attempts = byId.get(attempt.deliveryId);
    if (attempts) attempts.push(attempt);
    else byId.set(attempt.deliveryId, [attempt]);
  }
  return byId;
}

async function checkForms({ sim, organizationId, completions }: Evidence) {
  const forms = [...sim.state.feedback.values()];
  const formsFor = (invitationId: string) => {
    const marker = referenceLine(invitationId);
    return forms.filter((form) =>
      form.values.some(
        (v) => typeof v.value === "string" && v.value.includes(marker),
      ),
    ).length;
  };
  const scored = await db()
    .select({ id: feedbackPosts.invitationId, state: feedbackPosts.state })
    .from(feedbackPosts)
    .where(eq(feedbackPosts.organizationId, organizationId));
  const notOne = scored.filter((post) => formsFor(post.id) !== 1);
  const notPosted = completions.submitted.filter(
    (id) => !scored.some((post) => post.id === id && post.state === "posted"),
  );

  return [
    {
      claim: "exactly one feedback form per scored invitation",
      figure: `${forms.length} forms for ${scored.length} scored (${notOne.length} with zero or two or more)`,
      passed: notOne.length === 0 && forms.length === scored.length,
    },
    {
      claim: "every submitted assessment reported to Lever",
      figure: `${completions.submitted.length - notPosted.length} of ${completions.submitted.length}`,
      passed: notPosted.length === 0,
    },
    {
      claim: "candidates took their assessment without errors",
      figure: `${completions.submitted.length} of ${completions.chosen} chosen (${completions.linkMissing} links not mailed, ${completions.failures.length} failed)`,
      passed:
        completions.failures.length === 0 && completions.linkMissing === 0,
    },
  ];
}
