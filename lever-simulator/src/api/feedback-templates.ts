import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import type { SimContext } from "../context";
import { badRequest, forbidden, notFound } from "../errors";
import { readJson } from "../http";
import { paginate } from "../pagination";
import { presentTemplate } from "../present";
import { ratingOptions } from "../seed";
import type { FeedbackTemplate, TemplateField } from "../types";
import { requireScope, type ApiEnv } from "./auth";

export const fieldTypes = [
  "code",
  "currency",
  "date",
  "dropdown",
  "multiple-choice",
  "multiple-select",
  "score",
  "score-system",
  "scorecard",
  "text",
  "textarea",
  "yes-no",
] as const;

const withOptions = new Set(["dropdown", "multiple-choice", "multiple-select"]);

const fieldInput = z.object({
  type: z.enum(fieldTypes),
  text: z.string().min(1),
  description: z.string().optional(),
  required: z.boolean().optional(),
  options: z.array(z.object({ text: z.string().min(1) })).optional(),
  scores: z
    .array(
      z.object({ text: z.string().min(1), description: z.string().optional() }),
    )
    .optional(),
});

const templateInput = z.object({
  text: z.string().min(1),
  instructions: z.string().optional(),
  group: z.string().nullable().optional(),
  fields: z.array(fieldInput).min(1),
});

export function findTemplate(ctx: SimContext, id: string): FeedbackTemplate {
  const template = ctx.state.feedbackTemplates.get(id);
  if (!template || template.deletedAt !== null) {
    throw notFound("Feedback template", id);
  }
  return template;
}

export function createFeedbackTemplateRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  const read = requireScope("feedback_templates", "read");
  const write = requireScope("feedback_templates", "write");

  app.get("/", read, (c) => {
    const active = [...ctx.state.feedbackTemplates.values()].filter(
      (t) => t.deletedAt === null,
    );
    return c.json(paginate(c, active.map(presentTemplate)));
  });

  app.get("/:id", read, (c) => {
    return c.json({
      data: presentTemplate(findTemplate(ctx, c.req.param("id"))),
    });
  });

  app.post("/", write, async (c) => {
    const input = await readJson(c, templateInput);
    const template = buildTemplate(input);
    ctx.state.feedbackTemplates.set(template.id, template);
    return c.json({ data: presentTemplate(template) }, 201);
  });

  app.delete("/:id", write, (c) => {
    const template = findTemplate(ctx, c.req.param("id"));
    if (template.createdVia !== "api") {
      throw forbidden("Only templates created through the API can be deleted");
    }
    template.deletedAt = Date.now();
    return c.body(null, 204);
  });
  return app;
}

function buildTemplate(input: z.infer<typeof templateInput>): FeedbackTemplate {
  const scoreSystems = input.fields.filter((f) => f.type === "score-system");
  if (scoreSystems.length !== 1) {
    throw badRequest(
      "Feedback templates must contain exactly one score-system field",
    );
  }
  const now = Date.now();
  return {
    id: randomUUID(),
    text: input.text,
    instructions: input.instructions ?? "",
    group: input.group ?? null,
    fields: input.fields.map(buildField),
    createdVia: "api",
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

function buildField(input: z.infer<typeof fieldInput>): TemplateField {
  const field: TemplateField = {
    id: randomUUID(),
    type: input.type,
    text: input.text,
    description: input.description ?? "",
    required: input.required ?? false,
  };
  const optionTexts =
    input.type === "score-system"
      ? ratingOptions
      : input.options?.map((o) => o.text);

  if (withOptions.has(input.type) && !optionTexts?.length) {
    throw badRequest(`Field "${input.text}" needs options`);
  }
  if (input.type === "scorecard" && !input.scores?.length) {
    throw badRequest(`Field "${input.text}" needs scores`);
  }
  if (
    optionTexts &&
    (withOptions.has(input.type) || input.type === "score-system")
  ) {
    field.options = optionTexts.map((text) => ({
      text,
      optionId: randomUUID(),
    }));
  }
  if (input.scores) {
    field.scores = input.scores.map((s) => ({
      text: s.text,
      description: s.description ?? "",
    }));
  }
  return field;
}
