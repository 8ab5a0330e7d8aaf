import { z } from "zod";

// Lever adds fields over time, so every object keeps what it does not name
// and only the fields Hallo reads are checked.

const timestamp = z.number().nullish();

export const postingSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    state: z.string(),
    distributionChannels: z.array(z.string()).nullish(),
    categories: z
      .object({
        team: z.string().nullish(),
        location: z.string().nullish(),
        department: z.string().nullish(),
        commitment: z.string().nullish(),
        allLocations: z.array(z.string()).nullish(),
      })
      .loose()
      .nullish(),
    tags: z.array(z.string()).nullish(),
    workplaceType: z.string().nullish(),
    urls: z.record(z.string(), z.string()).nullish(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .loose();

export const stageSchema = z
  .object({ id: z.string(), text: z.string() })
  .loose();

export const userSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullish(),
    accessRole: z.string().nullish(),
    deactivatedAt: timestamp,
  })
  .loose();

export const applicationSchema = z
  .object({
    id: z.string(),
    posting: z.string().nullish(),
    type: z.string().nullish(),
  })
  .loose();

export const opportunitySchema = z
  .object({
    id: z.string(),
    name: z.string().nullish(),
    contact: z.string().nullish(),
    emails: z.array(z.string()).nullish(),
    archived: z
      .object({ reason: z.string().nullish(), archivedAt: timestamp })
      .loose()
      .nullish(),
    stage: z.union([z.string(), stageSchema]).nullish(),
    tags: z.array(z.string()).nullish(),
    applications: z.array(z.union([z.string(), applicationSchema])).nullish(),
    stageChanges: z
      .array(z.object({ toStageId: z.string(), updatedAt: z.number() }).loose())
      .nullish(),
    urls: z.record(z.string(), z.string()).nullish(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .loose();

export const templateFieldSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    text: z.string(),
    description: z.string().nullish(),
    required: z.boolean().nullish(),
    options: z.array(z.object({ text: z.string() }).loose()).nullish(),
  })
  .loose();

export const feedbackTemplateSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    instructions: z.string().nullish(),
    fields: z.array(templateFieldSchema),
    createdAt: timestamp,
  })
  .loose();

export const feedbackFormSchema = z
  .object({
    id: z.string(),
    baseTemplateId: z.string().nullish(),
    user: z.string().nullish(),
    fields: z.array(z.object({ id: z.string().nullish() }).loose()).nullish(),
    completedAt: timestamp,
    createdAt: timestamp,
  })
  .loose();

export const noteCreatedSchema = z.object({ noteId: z.string() }).loose();

export const webhookSchema = z
  .object({
    id: z.string(),
    event: z.string(),
    url: z.string(),
    configuration: z
      .object({ signatureToken: z.string().nullish() })
      .loose()
      .nullish(),
    createdAt: timestamp,
  })
  .loose();

export const errorBodySchema = z
  .object({ code: z.string().nullish(), message: z.string().nullish() })
  .loose();

export type LeverPosting = z.infer<typeof postingSchema>;
export type LeverStage = z.infer<typeof stageSchema>;
export type LeverUser = z.infer<typeof userSchema>;
export type LeverApplication = z.infer<typeof applicationSchema>;
export type LeverOpportunity = z.infer<typeof opportunitySchema>;
export type LeverTemplateField = z.infer<typeof templateFieldSchema>;
export type LeverFeedbackTemplate = z.infer<typeof feedbackTemplateSchema>;
export type LeverFeedbackForm = z.infer<typeof feedbackFormSchema>;
export type LeverWebhook = z.infer<typeof webhookSchema>;
