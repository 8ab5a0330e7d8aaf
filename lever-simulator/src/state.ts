import { buildSeed, type Seed } from "./seed";
import {
  webhookEvents,
  type DeletedOpportunity,
  type DeliveryAttempt,
  type FeedbackForm,
  type FeedbackTemplate,
  type HeldDelivery,
  type Note,
  type Opportunity,
  type StageMove,
  type TagChange,
  type Webhook,
  type WebhookEvent,
} from "./types";

export interface Faults {
  errorRate: number;
  errorStatus: 500 | 502 | 503;
  rateLimitRate: number;
  latencyMs: number;
  timeoutAfterCommitRate: number;
  timeoutHangMs: number;
}

export const noFaults: Faults = {
  errorRate: 0,
  errorStatus: 503,
  rateLimitRate: 0,
  latencyMs: 0,
  timeoutAfterCommitRate: 0,
  timeoutHangMs: 0,
};

export interface Grant {
  id: string;
  clientId: string;
  userId: string;
  scopes: string[];
  createdAt: number;
  revokedAt: number | null;
}

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  userId: string;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

export interface RefreshRecord {
  grantId: string;
  active: boolean;
  issuedAt: number;
}

export interface AccessRecord {
  grantId: string;
  expiresAt: number;
  /** The signed token itself, for the admin API's list of issued tokens. */
  token?: string;
}

export interface OAuthStore {
  grants: Map<string, Grant>;
  codes: Map<string, AuthCode>;
  refreshTokens: Map<string, RefreshRecord>;
  accessTokens: Map<string, AccessRecord>;
  /** Every webhook signature token handed out, deleted webhooks' too. */
  signatureTokens: string[];
}

export interface DataState {
  opportunities: Map<string, Opportunity>;
  deleted: DeletedOpportunity[];
  feedbackTemplates: Map<string, FeedbackTemplate>;
  feedback: Map<string, FeedbackForm>;
  notes: Note[];
  webhooks: Map<string, Webhook>;
  eventGroups: Record<WebhookEvent, boolean>;
  deliveries: DeliveryAttempt[];
  /** Deliveries kept back while `holding`, by their token. */
  held: { holding: boolean; deliveries: Map<string, HeldDelivery> };
  stageMoves: StageMove[];
  tagChanges: TagChange[];
  requestCounts: Map<string, number>;
  /** Answers by HTTP status, e.g. how many 429s clients were given. */
  statusCounts: Map<number, number>;
  faults: Faults;
}

type FixedSeed = Omit<Seed, "opportunities" | "feedbackTemplates">;

export type SimState = FixedSeed & DataState & { oauth: OAuthStore };

export function createState(opportunities?: number): SimState {
  return {
    ...createDataState(buildSeed(undefined, opportunities)),
    oauth: createOAuthStore(),
  };
}

/**
 * Back to the seed. OAuth grants survive unless asked for, so a
 * connected app keeps working across resets.
 */
export function resetState(
  state: SimState,
  options: { grants: boolean; opportunities?: number },
) {
  Object.assign(
    state,
    createDataState(buildSeed(undefined, options.opportunities)),
  );
  if (options.grants) state.oauth = createOAuthStore();
}

function createDataState(seed: Seed): FixedSeed & DataState {
  const { opportunities, feedbackTemplates, ...fixed } = structuredClone(seed);
  const eventGroups = Object.fromEntries(
    webhookEvents.map((e) => [e, false]),
  ) as Record<WebhookEvent, boolean>;
  return {
    ...fixed,
    opportunities: new Map(opportunities.map((o) => [o.id, o])),
    deleted: [],
    feedbackTemplates: new Map(feedbackTemplates.map((t) => [t.id, t])),
    feedback: new Map(),
    notes: [],
    webhooks: new Map(),
    eventGroups,
    deliveries: [],
    held: { holding: false, deliveries: new Map() },
    stageMoves: [],
    tagChanges: [],
    requestCounts: new Map(),
    statusCounts: new Map(),
    faults: { ...noFaults },
  };
}

function createOAuthStore(): OAuthStore {
  return {
    grants: new Map(),
    codes: new Map(),
    refreshTokens: new Map(),
    accessTokens: new Map(),
    signatureTokens: [],
  };
}
