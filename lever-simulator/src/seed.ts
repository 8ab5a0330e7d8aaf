import { createRng, pick, seededUuid, type Rng } from "./random";
import {
  archiveReasonSeeds,
  candidateTags,
  companyName,
  emailDomain,
  firstNames,
  headlines,
  lastNames,
  postingSeeds,
  sourceNames,
  stageSeeds,
  userSeeds,
} from "./seed-data";
import type {
  Account,
  ArchiveReason,
  FeedbackTemplate,
  Opportunity,
  Origin,
  Posting,
  Stage,
  User,
} from "./types";

export const ratingOptions = [
  "4 - Strong Hire",
  "3 - Hire",
  "2 - No Hire",
  "1 - Strong No Hire",
];

/** Opportunities in the default seed; `buildSeed` can add more. */
export const opportunityCount = 64;

const seedEpoch = Date.UTC(2025, 8, 1, 8, 0, 0);
const hour = 3_600_000;
const day = 24 * hour;

export interface Seed {
  account: Account;
  users: User[];
  stages: Stage[];
  archiveReasons: ArchiveReason[];
  postings: Posting[];
  opportunities: Opportunity[];
  feedbackTemplates: FeedbackTemplate[];
}

/**
 * Same seed number, same ids: reset must give tests stable data. Asking
 * for more than the default opportunities appends them, drawn from their
 * own sequence, so the default ones and the template keep their ids.
 */
export function buildSeed(
  seed = 20250901,
  opportunities = opportunityCount,
): Seed {
  const rng = createRng(seed);
  const account = { id: seededUuid(rng), name: companyName };
  const users = buildUsers(rng);
  const stages = stageSeeds.map((s) => ({
    id: s.builtInId ?? seededUuid(rng),
    text: s.text,
  }));
  const archiveReasons = archiveReasonSeeds.map((r) => ({
    id: seededUuid(rng),
    text: r.text,
    status: r.status,
  }));
  const postings = buildPostings(rng, users);
  const context = { rng, users, stages, archiveReasons, postings };
  const seeded = Array.from({ length: opportunityCount }, (_, i) =>
    buildOpportunity(context, i),
  );
  const feedbackTemplates = [buildNoFeedbackTemplate(rng)];

  const extra = { ...context, rng: createRng(seed + 1) };
  for (let i = opportunityCount; i < opportunities; i += 1) {
    seeded.push(buildOpportunity(extra, i));
  }
  return {
    account,
    users,
    stages,
    archiveReasons,
    postings,
    opportunities: seeded,
    feedbackTemplates,
  };
}

function buildUsers(rng: Rng): User[] {
  return userSeeds.map((u, i) => ({
    id: seededUuid(rng),
    name: u.name,
    username: u.username,
    email: `${u.username}@${emailDomain}`,
    accessRole: u.accessRole,
    jobTitle: u.jobTitle,
    createdAt: seedEpoch - (400 - i * 20) * day,
    deactivatedAt: u.deactivated ? seedEpoch - 30 * day : null,
  }));
}

function buildPostings(rng: Rng, users: User[]): Posting[] {
  const recruiters = users.filter((u) => u.deactivatedAt === null);
  return postingSeeds.map((p, i) => ({
    id: seededUuid(rng),
    text: p.text,
    state: p.state,
    distributionChannels: p.channels,
    team: p.team,
    department: p.department,
    location: p.location,
    commitment: p.commitment,
    country: p.country,
    workplaceType: p.workplaceType,
    description: `${companyName} is hiring a ${p.text} in ${p.location}.`,
    tags: p.tags,
    ownerId: pick(rng, recruiters).id,
    hiringManagerId: pick(rng, recruiters).id,
    createdAt: seedEpoch - (90 - i * 3) * day,
    updatedAt: seedEpoch - (20 - i) * day,
  }));
}

interface OpportunityContext {
  rng: Rng;
  users: User[];
  stages: Stage[];
  archiveReasons: ArchiveReason[];
  postings: Posting[];
}

const applicantOrigins: Origin[] = [
  "applied",
  "applied",
  "applied",
  "referred",
  "agency",
  "university",
  "internal",
];

function buildOpportunity(ctx: OpportunityContext, i: number): Opportunity {
  const { rng } = ctx;
  const first = pick(rng, firstNames);
  const last = pick(rng, lastNames);
  const posting = pickWeightedPosting(rng, ctx.postings);
  const stageIndex = Math.floor(rng() * ctx.stages.length);
  const isLead = stageIndex < 3;
  const createdAt = seedEpoch + i * 7 * hour;
  const stageChanges = buildStageChanges(ctx, stageIndex, createdAt);
  const lastChange = stageChanges[stageChanges.length - 1];
  const archived =
    i % 9 === 4
      ? {
          reason: pick(rng, ctx.archiveReasons).id,
          archivedAt: createdAt + 9 * day,
        }
      : null;
  return {
    id: seededUuid(rng),
    contactId: seededUuid(rng),
    applicationId: seededUuid(rng),
    name: `${first} ${last}`,
    headline: pick(rng, headlines),
    emails: [`${emailLocalPart(first, last)}.${i + 1}@example.com`],
    phone: `+49 40 ${String(1_000_000 + Math.floor(rng() * 8_999_999))}`,
    location: posting.location,
    stageId: ctx.stages[stageIndex]?.id ?? "applicant-new",
    stageChanges,
    archived,
    tags: rng() < 0.4 ? [pick(rng, candidateTags)] : [],
    sources: [pick(rng, sourceNames)],
    origin: isLead ? "sourced" : pick(rng, applicantOrigins),
    ownerId: posting.ownerId,
    postingId: posting.id,
    createdAt,
    updatedAt: archived?.archivedAt ?? lastChange?.updatedAt ?? createdAt,
    lastInteractionAt: lastChange?.updatedAt ?? createdAt,
    lastAdvancedAt: lastChange?.updatedAt ?? createdAt,
  };
}

function pickWeightedPosting(rng: Rng, postings: Posting[]): Posting {
  const weighted = postings.flatMap((p, i) =>
    Array.from({ length: postingSeeds[i]?.weight ?? 0 }, () => p),
  );
  return pick(rng, weighted);
}

function buildStageChanges(
  ctx: OpportunityContext,
  stageIndex: number,
  createdAt: number,
) {
  const start = stageIndex < 3 ? 0 : 3;
  const recruiter = pick(ctx.rng, ctx.users.slice(0, 4)).id;
  const changes = [];
  for (let index = start; index <= stageIndex; index += 1) {
    const stage = ctx.stages[index];
    if (!stage) continue;
    changes.push({
      toStageId: stage.id,
      toStageIndex: index,
      userId: index === start ? null : recruiter,
      updatedAt: createdAt + (index - start) * day,
    });
  }
  return changes;
}

function emailLocalPart(first: string, last: string): string {
  const ascii = `${first}.${last}`
    .replace(/ß/g, "ss")
    .replace(/ł/gi, "l")
    .replace(/ø/gi, "o")
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "");
  return ascii.toLowerCase().replace(/[^a-z.]/g, "");
}

function buildNoFeedbackTemplate(rng: Rng): FeedbackTemplate {
  return {
    id: seededUuid(rng),
    text: "No Feedback",
    instructions: "",
    group: null,
    fields: [],
    createdVia: "seed",
    createdAt: seedEpoch - 365 * day,
    updatedAt: seedEpoch - 365 * day,
    deletedAt: null,
  };
}
