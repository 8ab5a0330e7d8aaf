import type { z } from "zod";

import { page, readEnvelope, single, type Page } from "./envelope";
import { LeverApiError } from "./errors";
import { collect, iteratePages } from "./pagination";
import {
  feedbackFormSchema,
  feedbackTemplateSchema,
  noteCreatedSchema,
  opportunitySchema,
  postingSchema,
  stageSchema,
  userSchema,
  webhookSchema,
  type LeverFeedbackForm,
  type LeverFeedbackTemplate,
  type LeverOpportunity,
  type LeverPosting,
  type LeverStage,
  type LeverUser,
  type LeverWebhook,
} from "./schemas";
import {
  LeverTransport,
  type LeverRequest,
  type TransportOptions,
} from "./transport";

export type {
  LeverApplication,
  LeverFeedbackForm,
  LeverFeedbackTemplate,
  LeverOpportunity,
  LeverPosting,
  LeverStage,
  LeverTemplateField,
  LeverUser,
  LeverWebhook,
} from "./schemas";
export type { RetryEvent, TokenSource } from "./transport";

export type LeverClientOptions = TransportOptions;

const PAGE_LIMIT = 100;

export type PostingFilters = {
  state?: string[];
  distributionChannel?: string[];
};

export type TemplateFieldInput = {
  type: string;
  text: string;
  description?: string;
  required?: boolean;
  options?: { text: string }[];
};

export type FeedbackInput = {
  performAs: string;
  baseTemplateId: string;
  fieldValues: { id: string; value: unknown }[];
  /** Milliseconds since the epoch; Lever uses now when absent. */
  completedAt?: number;
};

export type CreatedWebhook = {
  id: string;
  event: string;
  url: string;
  signatureToken: string;
};

type Query = LeverRequest["query"];

export class LeverClient {
  private readonly transport: LeverTransport;

  constructor(options: LeverClientOptions) {
    this.transport = new LeverTransport(options);
  }

  listPostings(filters: PostingFilters = {}): AsyncIterable<LeverPosting> {
    return this.iterate("/postings", postingSchema, {
      state: filters.state,
      distributionChannel: filters.distributionChannel,
    });
  }

  postingsPage(
    options: PostingFilters & { offset?: string; limit?: number } = {},
  ): Promise<Page<LeverPosting>> {
    return this.page("/postings", postingSchema, {
      state: options.state,
      distributionChannel: options.distributionChannel,
      offset: options.offset,
      limit: String(options.limit ?? PAGE_LIMIT),
    });
  }

  listStages(): Promise<LeverStage[]> {
    return collect(this.iterate("/stages", stageSchema));
  }

  /** Active users only, as Lever returns them by default. */
  listUsers(): Promise<LeverUser[]> {
    return collect(this.iterate("/users", userSchema));
  }

  getOpportunity(
    id: string,
    options: { expandApplications?: boolean } = {},
  ): Promise<LeverOpportunity> {
    return this.call(opportunitySchema, {
      method: "GET",
      path: `/opportunities/${segment(id)}`,
      query: {
        expand: options.expandApplications ? "applications" : undefined,
      },
    });
  }

  listOpportunities(
    filters: { stageId?: string; postingId?: string } = {},
  ): AsyncIterable<LeverOpportunity> {
    return this.iterate("/opportunities", opportunitySchema, {
      stage_id: filters.stageId,
      posting_id: filters.postingId,
    });
  }

  listFeedbackTemplates(): Promise<LeverFeedbackTemplate[]> {
    return collect(this.iterate("/feedback_templates", feedbackTemplateSchema));
  }

  /** The created template carries the field ids that feedback must use. */
  createFeedbackTemplate(template: {
    text: string;
    instructions?: string;
    fields: TemplateFieldInput[];
  }): Promise<LeverFeedbackTemplate> {
    return this.call(feedbackTemplateSchema, {
      method: "POST",
      path: "/feedback_templates",
      body: template,
    });
  }

  async deleteFeedbackTemplate(id: string): Promise<void> {
    await this.transport.send({
      method: "DELETE",
      path: `/feedback_templates/${segment(id)}`,
    });
  }

  createFeedback(
    opportunityId: string,
    feedback: FeedbackInput,
  ): Promise<LeverFeedbackForm> {
    return this.call(feedbackFormSchema, {
      method: "POST",
      path: `/opportunities/${segment(opportunityId)}/feedback`,
      query: { perform_as: feedback.performAs },
      // The write-back looks for its form before posting again.
      retryUnconfirmed: false,
      body: {
        baseTemplateId: feedback.baseTemplateId,
        fieldValues: feedback.fieldValues,
        completedAt: feedback.completedAt,
      },
    });
  }

  /** Replaces the values of a form we posted; Lever keeps its id. */
  updateFeedback(
    opportunityId: string,
    feedbackId: string,
    feedback: Omit<FeedbackInput, "baseTemplateId">,
  ): Promise<LeverFeedbackForm> {
    return this.call(feedbackFormSchema, {
      method: "PUT",
      path: `/opportunities/${segment(opportunityId)}/feedback/${segment(feedbackId)}`,
      query: { perform_as: feedback.performAs },
      body: {
        fieldValues: feedback.fieldValues,
        completedAt: feedback.completedAt,
      },
    });
  }

  getFeedbackTemplate(id: string): Promise<LeverFeedbackTemplate> {
    return this.call(feedbackTemplateSchema, {
      method: "GET",
      path: `/feedback_templates/${segment(id)}`,
    });
  }

  listFeedback(opportunityId: string): Promise<LeverFeedbackForm[]> {
    const path = `/opportunities/${segment(opportunityId)}/feedback`;
    return collect(this.iterate(path, feedbackFormSchema));
  }

  addNote(
    opportunityId: string,
    note: { value: string; performAs?: string },
  ): Promise<{ noteId: string }> {
    return this.call(noteCreatedSchema, {
      method: "POST",
      path: `/opportunities/${segment(opportunityId)}/notes`,
      query: { perform_as: note.performAs },
      body: { value: note.value },
    });
  }

  addTags(opportunityId: string, tags: string[]): Promise<LeverOpportunity> {
    return this.changeTags(opportunityId, "addTags", tags);
  }

  removeTags(opportunityId: string, tags: string[]): Promise<LeverOpportunity> {
    return this.changeTags(opportunityId, "removeTags", tags);
  }

  changeStage(
    opportunityId: string,
    stageId: string,
    performAs?: string,
  ): Promise<LeverOpportunity> {
    return this.call(opportunitySchema, {
      method: "PUT",
      path: `/opportunities/${segment(opportunityId)}/stage`,
      query: { perform_as: performAs },
      body: { stage: stageId },
    });
  }

  /** Lever shows the signature token only in this response: keep it. */
  async createWebhook(webhook: {
    url: string;
    event: string;
  }): Promise<CreatedWebhook> {
    const created = await this.call(webhookSchema, {
      method: "POST",
      path: "/webhooks",
      body: webhook,
    });

    const signatureToken = created.configuration?.signatureToken;
    if (!signatureToken) {
      throw new LeverApiError({
        status: 201,
        code: "UnexpectedResponse",
        message: "Lever created the webhook but sent no signature token",
        endpoint: "POST /webhooks",
        retryable: false,
      });
    }
    const { id, event, url } = created;
    return { id, event, url, signatureToken };
  }

  listWebhooks(): Promise<LeverWebhook[]> {
    return collect(this.iterate("/webhooks", webhookSchema));
  }

  async deleteWebhook(id: string): Promise<void> {
    try {
      await this.transport.send({
        method: "DELETE",
        path: `/webhooks/${segment(id)}`,
      });
    } catch (error) {
      if (error instanceof LeverApiError && error.status === 404) return;
      throw error;
    }
  }

  private changeTags(
    opportunityId: string,
    action: "addTags" | "removeTags",
    tags: string[],
  ): Promise<LeverOpportunity> {
    return this.call(opportunitySchema, {
      method: "POST",
      path: `/opportunities/${segment(opportunityId)}/${action}`,
      body: { tags },
    });
  }

  private async call<T>(item: z.ZodType<T>, request: LeverRequest): Promise<T> {
    const response = await this.transport.send(request);
    const envelope = readEnvelope(response.body, single(item), {
      endpoint: `${request.method} ${request.path}`,
      status: response.status,
    });
    return envelope.data;
  }

  private async page<T>(
    path: string,
    item: z.ZodType<T>,
    query: Query,
  ): Promise<Page<T>> {
    const response = await this.transport.send({ method: "GET", path, query });
    return readEnvelope(response.body, page(item), {
      endpoint: `GET ${path}`,
      status: response.status,
    });
  }

  private iterate<T>(
    path: string,
    item: z.ZodType<T>,
    query: Query = {},
  ): AsyncIterable<T> {
    return iteratePages((offset) =>
      this.page(path, item, { ...query, offset, limit: String(PAGE_LIMIT) }),
    );
  }
}

function segment(id: string): string {
  return encodeURIComponent(id);
}
