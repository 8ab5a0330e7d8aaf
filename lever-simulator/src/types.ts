export type AccessRole =
  | "super admin"
  | "admin"
  | "team member"
  | "limited team member"
  | "interviewer";

export interface Account {
  id: string;
  name: string;
}

export interface User {
  id: string;
  name: string;
  username: string;
  email: string;
  accessRole: AccessRole;
  createdAt: number;
  deactivatedAt: number | null;
  jobTitle: string;
}

export interface Stage {
  id: string;
  text: string;
}

export interface ArchiveReason {
  id: string;
  text: string;
  status: "hired" | "non-hired";
}

export type PostingState =
  "published" | "internal" | "closed" | "draft" | "pending" | "rejected";

export type DistributionChannel = "public" | "internal";

export interface Posting {
  id: string;
  text: string;
  state: PostingState;
  distributionChannels: DistributionChannel[];
  team: string;
  department: string;
  location: string;
  commitment: string;
  country: string;
  workplaceType: "onsite" | "remote" | "hybrid";
  description: string;
  tags: string[];
  ownerId: string;
  hiringManagerId: string;
  createdAt: number;
  updatedAt: number;
}

export type Origin =
  "agency" | "applied" | "internal" | "referred" | "sourced" | "university";

export interface StageChange {
  toStageId: string;
  toStageIndex: number;
  userId: string | null;
  updatedAt: number;
}

export interface Archived {
  reason: string;
  archivedAt: number;
}

export interface Opportunity {
  id: string;
  contactId: string;
  name: string;
  headline: string;
  emails: string[];
  phone: string;
  location: string;
  stageId: string;
  stageChanges: StageChange[];
  archived: Archived | null;
  tags: string[];
  sources: string[];
  origin: Origin;
  ownerId: string;
  applicationId: string;
  postingId: string;
  createdAt: number;
  updatedAt: number;
  lastInteractionAt: number;
  lastAdvancedAt: number;
}

export interface DeletedOpportunity {
  opportunity: Opportunity;
  deletedBy: string | null;
  deletedAt: number;
}

export interface TemplateFieldOption {
  text: string;
  optionId: string;
}

export interface TemplateField {
  id: string;
  type: string;
  text: string;
  description: string;
  required: boolean;
  options?: TemplateFieldOption[];
  scores?: { text: string; description: string }[];
}

export interface FeedbackTemplate {
  id: string;
  text: string;
  instructions: string;
  group: string | null;
  fields: TemplateField[];
  createdVia: "seed" | "api";
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface FieldValue {
  id: string;
  value: unknown;
}

export interface FeedbackForm {
  id: string;
  opportunityId: string;
  baseTemplateId: string;
  userId: string;
  values: FieldValue[];
  createdAt: number;
  completedAt: number;
  updatedAt: number;
}

export interface Note {
  id: string;
  opportunityId: string;
  userId: string | null;
  value: string;
  secret: boolean;
  score: number | null;
  createdAt: number;
}

export const webhookEvents = [
  "applicationCreated",
  "candidateHired",
  "candidateStageChange",
  "candidateArchiveChange",
  "candidateDeleted",
  "interviewCreated",
  "interviewUpdated",
  "interviewDeleted",
  "contactCreated",
  "contactUpdated",
] as const;

export type WebhookEvent = (typeof webhookEvents)[number];

export interface Webhook {
  id: string;
  event: WebhookEvent;
  url: string;
  signatureToken: string;
  origins: Origin[] | null;
  clientId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface DeliveryAttempt {
  deliveryId: string;
  webhookId: string;
  event: WebhookEvent;
  url: string;
  attempt: number;
  status: number | null;
  error: string | null;
  ok: boolean;
  durationMs: number;
  at: number;
}

/** What Lever posts: the signature covers token + triggeredAt only. */
export interface WebhookEnvelope {
  triggeredAt: number;
  event: WebhookEvent;
  data: Record<string, unknown>;
  token: string;
  signature: string;
}

/** A signed delivery kept back instead of sent (see the admin API). */
export interface HeldDelivery {
  webhookId: string;
  envelope: WebhookEnvelope;
}

export interface StageMove {
  opportunityId: string;
  fromStageId: string;
  toStageId: string;
  userId: string | null;
  via: "api" | "board" | "admin";
  at: number;
}

export interface TagChange {
  opportunityId: string;
  action: "add" | "remove";
  tags: string[];
  userId: string | null;
  at: number;
}
