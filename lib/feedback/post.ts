import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";

import { db } from "@/db/client";
import { loadWriteBack, type WriteBack } from "@/lib/feedback/context";
import { feedbackFieldValues, isOurForm } from "@/lib/feedback/form";
import { addFollowUps } from "@/lib/feedback/follow-up";
import {
  markPosted,
  markPosting,
  markWaiting,
  noteFailure,
} from "@/lib/feedback/state";
import type { LeverClient } from "@/lib/lever/client";
import { LeverReconnectRequired } from "@/lib/lever/errors";
import { leverClientFor } from "@/lib/lever-connection/client";
import { logFor } from "@/lib/log";
import { ensureReportLink } from "@/lib/reports/links";

type Options = { lastTry?: boolean };

/**
 * The `feedback.post` job: puts the invitation's current result into
 * Lever as one feedback form, then adds the rule's tags and stage move.
 * Safe to run twice and after a crash at any point: a form we may have
 * posted is looked for before posting, and one we know is updated.
 */
export async function postFeedback(
  invitationId: string,
  options: Options = {},
): Promise<void> {
  // One write-back per invitation at a time, across workers: the lock is
  // held on its own connection for as long as the Lever calls take.
  await db().transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`feedback:${invitationId}`}))`,
    );
    const context = await loadWriteBack(invitationId);
    if (!context) return;
    await writeBack(context, options);
  });
}

async function writeBack(context: WriteBack, options: Options) {
  const { connection } = context;
  if (!connection || connection.status !== "active") {
    await markWaiting(context);
    return;
  }

  try {
    const client = leverClientFor(connection);
    if (!isPosted(context)) await postForm(client, context);
    await addFollowUps(client, context);
  } catch (error) {
    if (error instanceof LeverReconnectRequired) {
      await markWaiting(context);
      return;
    }
    await noteFailure(context, error, options.lastTry ?? false);
    throw error;
  }
}

function isPosted({ post }: WriteBack): boolean {
  return post.state === "posted" && post.postedResultId === post.resultId;
}

async function postForm(client: LeverClient, context: WriteBack) {
  const { post, connection, invitation } = context;
  const templateId = connection!.feedbackTemplateId;
  const performAs = connection!.performAsLeverUserId;
  if (!templateId || !performAs) {
    throw new Error("Lever setup is not finished: no template or perform_as");
  }

  // Any try that may have reached Lever leaves `posting` or `failed`.
  const unsure = post.state === "posting" || post.state === "failed";
  await markPosting(context);
  let formId = post.leverFeedbackId;
  if (!formId && unsure) formId = await findOurForm(client, context);

  const feedback = {
    performAs,
    fieldValues: feedbackFieldValues({
      invitationId: invitation.id,
      assessmentName: context.assessmentName,
      fieldIds: connection!.feedbackTemplateFields ?? {},
      ratingOptions: await ratingOptions(client, context),
      passLevel: barOf(context),
      barLabel: context.rule.passLevel ? "pass level" : "target level",
      result: formResult(context),
      integrity: context.integrity,
      reportUrl: await ensureReportLink(db(), {
        organizationId: invitation.organizationId,
        invitationId: invitation.id,
      }),
    }),
  };

  const form = formId
    ? await client.updateFeedback(invitation.opportunityId, formId, feedback)
    : await client.createFeedback(invitation.opportunityId, {
        ...feedback,
        baseTemplateId: templateId,
      });
  await markPosted(context, form.id, Boolean(post.postedResultId));
  logFor({ event: "feedback.posted", invitationId: invitation.id }).info(
    { formId: form.id, tries: post.tries + 1 },
    "feedback form in Lever",
  );
}

async function findOurForm(client: LeverClient, context: WriteBack) {
  const forms = await client.listFeedback(context.invitation.opportunityId);
  const ours = forms.find((form) =>
    isOurForm(
      form,
      context.connection!.feedbackTemplateId!,
      context.invitation.id,
    ),
  );
  return ours?.id ?? null;
}

// The rule's pass level, or else the level the assessment targets: Lever
// may refuse a form without its overall rating, so there is always a bar.
function barOf({ rule, targetLevel }: WriteBack) {
  return rule.passLevel ?? targetLevel;
}

// Lever fills the rating field's options in from the account's scale.
// Read once per template every few minutes, so an admin's edit arrives
// soon, without a second Lever call for every form.
const ratingScales = new LRUCache<string, string[]>({
  max: 1_000,
  ttl: 5 * 60_000,
});

async function ratingOptions(client: LeverClient, context: WriteBack) {
  const ratingId = context.connection!.feedbackTemplateFields?.rating;
  const templateId = context.connection!.feedbackTemplateId!;
  if (!ratingId) return [];

  const cached = ratingScales.get(templateId);
  if (cached) return cached;
  const template = await client.getFeedbackTemplate(templateId);
  const field = template.fields.find((f) => f.id === ratingId);
  const options = (field?.options ?? []).map((option) => option.text);
  ratingScales.set(templateId, options);
  return options;
}

function formResult({ result }: WriteBack) {
  return {
    overallLevel: result.overallLevel,
    overallScore: result.overallScore,
    subScores: result.subScores,
    confidence: result.confidence,
    scorerName: result.scorerName,
    reviewed: result.reviewedByUserId !== null,
  };
}
