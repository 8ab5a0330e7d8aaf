/** The parts of Lever's wire objects the tests look at. */
export interface WireOpportunity {
  id: string;
  contact: string;
  stage: string;
  archived: { reason: string; archivedAt: number } | null;
  tags: string[];
  applications: (string | { id: string; posting: string })[];
  stageChanges: { toStageId: string }[];
}

export interface WirePosting {
  id: string;
  text: string;
  state: string;
  distributionChannels: string[];
}

export interface WireField {
  id: string;
  type: string;
  text: string;
  options?: { text: string }[];
  value?: unknown;
}

export interface WireTemplate {
  id: string;
  text: string;
  fields: WireField[];
}

export interface WireFeedback {
  id: string;
  baseTemplateId: string;
  user: string;
  completedAt: number;
  fields: WireField[];
}

export interface WireWebhook {
  id: string;
  event: string;
  url: string;
  configuration: { signatureToken?: string };
}

export interface WireUser {
  id: string;
  accessRole: string;
  deactivatedAt: number | null;
}
