import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import { findOpportunity } from "../actions";
import type { SimContext } from "../context";
import { badRequest, notFound } from "../errors";
import { readJson } from "../http";
import { paginate } from "../pagination";
import { presentFeedback } from "../present";
import type { FeedbackForm } from "../types";
import { readPerformAs, requireScope, type ApiEnv } from "./auth";
import { fieldValuesFit } from "./field-values";

/** Lever explains nothing about a bad feedback request. */
const createFailure = "Unable to create feedback";
const updateFailure = "Unable to update feedback";

const fieldValue = z.object({ id: z.string(), value: z.unknown() });

const createBody = z.object({
  baseTemplateId: z.string(),
  panel: z.string().optional(),
  interview: z.string().optional(),
  fieldValues: z.array(fieldValue).optional(),
  createdAt: z.number().int().optional(),
  completedAt: z.number().int().optional(),
});

const updateBody = z.object({
  fieldValues: z.array(fieldValue).optional(),
  completedAt: z.number().int().optional(),
});

export function createFeedbackRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  const read = requireScope("feedback", "read");
  const write = requireScope("feedback", "write");

  app.get("/:id/feedback", read, (c) => {
    const opportunity = findOpportunity(ctx, c.req.param("id"));
    const forms = [...ctx.state.feedback.values()]
      .filter((f) => f.opportunityId === opportunity.id)
      .map((f) => present(ctx, f));
    return c.json(paginate(c, forms));
  });

  app.get("/:id/feedback/:feedbackId", read, (c) => {
    const form = findForm(ctx, c.req.param("id"), c.req.param("feedbackId"));
    return c.json({ data: present(ctx, form) });
  });

  app.post("/:id/feedback", write, async (c) => {
    const opportunity = findOpportunity(ctx, c.req.param("id"));
    const options = { required: true, failure: createFailure };
    const userId = readPerformAs(ctx, c, options) ?? "";
    const body = await readJson(c, createBody, createFailure);
    const form = buildForm(ctx, opportunity.id, userId, body);

    ctx.state.feedback.set(form.id, form);
    return c.json({ data: present(ctx, form) }, 201);
  });

  app.put("/:id/feedback/:feedbackId", write, async (c) => {
    const form = findForm(ctx, c.req.param("id"), c.req.param("feedbackId"));
    readPerformAs(ctx, c, { required: true, failure: updateFailure });
    const body = await readJson(c, updateBody, updateFailure);
    applyUpdate(ctx, form, body);
    return c.json({ data: present(ctx, form) });
  });
  return app;
}

function buildForm(
  ctx: SimContext,
  opportunityId: string,
  userId: string,
  body: z.infer<typeof createBody>,
): FeedbackForm {
  const template = ctx.state.feedbackTemplates.get(body.baseTemplateId);
  const values = body.fieldValues ?? [];
  // The simulator has no interview panels, so any reference is unknown.
  if (body.panel || body.interview) throw badRequest(createFailure);
  if (!template || template.deletedAt !== null) throw badRequest(createFailure);
  if (!fieldValuesFit(template, values)) throw badRequest(createFailure);

  const now = Date.now();
  return {
    id: randomUUID(),
    opportunityId,
    baseTemplateId: template.id,
    userId,
    values,
    createdAt: body.createdAt ?? now,
    completedAt: body.completedAt ?? now,
    updatedAt: now,
  };
}

function applyUpdate(
  ctx: SimContext,
  form: FeedbackForm,
  body: z.infer<typeof updateBody>,
) {
  const template = ctx.state.feedbackTemplates.get(form.baseTemplateId);
  const changed = new Map((body.fieldValues ?? []).map((v) => [v.id, v]));
  const kept = form.values.filter((v) => !changed.has(v.id));
  const values = [...kept, ...changed.values()];
  if (!template || !fieldValuesFit(template, values)) {
    throw badRequest(updateFailure);
  }

  form.values = values;
  form.completedAt = body.completedAt ?? form.completedAt;
  form.updatedAt = Date.now();
}

function findForm(ctx: SimContext, opportunityId: string, id: string) {
  findOpportunity(ctx, opportunityId);
  const form = ctx.state.feedback.get(id);
  if (!form || form.opportunityId !== opportunityId) {
    throw notFound("Feedback", id);
  }
  return form;
}

function present(ctx: SimContext, form: FeedbackForm) {
  const template = ctx.state.feedbackTemplates.get(form.baseTemplateId);
  if (!template) throw notFound("Feedback template", form.baseTemplateId);
  return presentFeedback(template, form);
}
