import { randomUUID } from "node:crypto";

import { and, eq, inArray } from "drizzle-orm";

import type { Executor } from "@/db/client";
import {
  assessmentRules,
  assessments,
  attempts,
  feedbackPosts,
  integrityEvents,
  invitations,
  memberships,
  results,
  taskResponses,
  type AssessmentTask,
  type SubScores,
} from "@/db/schema";
import {
  bandOf,
  IMPROVEMENTS,
  TASK_NOTES,
  TRANSCRIPTS,
  WRITING,
} from "@/db/seed-results-copy";
import { recordingWav, snapshotPng } from "@/db/seed-media";
import type { CefrLevel } from "@/lib/assessments/schemas";
import { candidateTokenHash } from "@/lib/invitations/links";
import { storeMedia } from "@/lib/media/storage";
import { ensureReportLink } from "@/lib/reports/links";

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

const POSTINGS = [
  {
    assessment: "Customer support calls (British English)",
    postingName: "Customer Support Specialist, Leeds",
  },
  {
    assessment: "Inbound sales calls (American English)",
    postingName: "Inside Sales Representative, Austin",
  },
  {
    assessment: "Written customer email (English)",
    postingName: "Guest Relations Coordinator, Dublin",
  },
] as const;

type Progress = "sent" | "opened" | "started" | "scored" | "reported";

type DemoCandidate = {
  name: string;
  posting: 0 | 1 | 2;
  daysAgo: number;
  progress: Progress;
  level?: CefrLevel;
  /** Tab switches and pastes, for the integrity panel. */
  signals?: { away?: number; pastes?: number; missed?: number };
  /** "amended": re-scored by a reviewer; "waiting": review outstanding. */
  review?: "amended" | "waiting";
};

const CANDIDATES: DemoCandidate[] = [
  {
    name: "Amara Nwosu",
    posting: 0,
    daysAgo: 26,
    progress: "reported",
    level: "C1",
  },
  {
    name: "Tomás Álvarez",
    posting: 0,
    daysAgo: 24,
    progress: "reported",
    level: "B2",
    signals: { away: 2 },
  },
  {
    name: "Hannah Kowalski",
    posting: 0,
    daysAgo: 21,
    progress: "reported",
    level: "B1",
    review: "amended",
  },
  {
    name: "Yusuf Demir",
    posting: 0,
    daysAgo: 18,
    progress: "reported",
    level: "B2",
  },
  {
    name: "Chloé Martin",
    posting: 0,
    daysAgo: 12,
    progress: "scored",
    level: "C2",
  },
  { name: "Ravi Menon", posting: 0, daysAgo: 9, progress: "started" },
  { name: "Sofia Rossi", posting: 0, daysAgo: 6, progress: "opened" },
  { name: "Liam O'Brien", posting: 0, daysAgo: 3, progress: "sent" },
  {
    name: "Grace Mensah",
    posting: 1,
    daysAgo: 25,
    progress: "reported",
    level: "B2",
  },
  {
    name: "Diego Fernández",
    posting: 1,
    daysAgo: 20,
    progress: "reported",
    level: "A2",
    signals: { away: 4, missed: 2 },
  },
  {
    name: "Mei Lin",
    posting: 1,
    daysAgo: 15,
    progress: "reported",
    level: "C1",
  },
  {
    name: "Jonas Weber",
    posting: 1,
    daysAgo: 10,
    progress: "scored",
    level: "B1",
    review: "waiting",
  },
  { name: "Fatima Zahra", posting: 1, daysAgo: 7, progress: "opened" },
  { name: "Noah Smith", posting: 1, daysAgo: 4, progress: "sent" },
  { name: "Elena Popescu", posting: 1, daysAgo: 2, progress: "sent" },
  {
    name: "Aoife Byrne",
    posting: 2,
    daysAgo: 23,
    progress: "reported",
    level: "C1",
  },
  {
    name: "Kwame Boateng",
    posting: 2,
    daysAgo: 19,
    progress: "reported",
    level: "B2",
    signals: { pastes: 1 },
  },
  {
    name: "Ines Duarte",
    posting: 2,
    daysAgo: 14,
    progress: "reported",
    level: "B1",
  },
  {
    name: "Oliver Grant",
    posting: 2,
    daysAgo: 8,
    progress: "scored",
    level: "B2",
  },
  { name: "Leila Haddad", posting: 2, daysAgo: 5, progress: "started" },
  { name: "Mateo Silva", posting: 2, daysAgo: 1, progress: "sent" },
];

const SCORE_OF: Record<CefrLevel, number> = {
  A1: 1.8,
  A2: 3.4,
  B1: 4.9,
  B2: 6.4,
  C1: 7.9,
  C2: 9.3,
};

// Task scores scatter a little around the overall score, as real ones do.
const TASK_SPREAD = [0.2, -0.4, 0.3, -0.1, 0.4];

type Seed = {
  tx: Executor;
  organizationId: string;
  reviewerId: string | null;
  now: number;
};

type Posting = {
  ruleId: string;
  assessmentId: string;
  postingName: string;
  language: string;
  targetLevel: CefrLevel;
  tasks: AssessmentTask[];
};

/**
 * Candidates at every step of the funnel, with answers, recordings,
 * snapshots and results, so a fresh demo shows reports and charts. The
 * rules they came through are paused: their Lever ids are made up.
 */
export async function seedResults(tx: Executor, organizationId: string) {
  const seed: Seed = {
    tx,
    organizationId,
    reviewerId: await findReviewer(tx, organizationId),
    now: Date.now(),
  };
  const postings = await seedRules(seed);

  for (const [index, candidate] of CANDIDATES.entries()) {
    const posting = postings[candidate.posting]!;
    await seedCandidate(seed, posting, candidate, index);
  }
}

async function findReviewer(tx: Executor, organizationId: string) {
  const [admin] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.role, "admin"),
      ),
    )
    .limit(1);
  return admin?.userId ?? null;
}

async function seedRules(seed: Seed): Promise<Posting[]> {
  const names = POSTINGS.map((p) => p.assessment);
  const found = await seed.tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organizationId, seed.organizationId),
        inArray(assessments.name, names),
      ),
    );

  const postings: Posting[] = [];
  for (const [index, posting] of POSTINGS.entries()) {
    const assessment = found.find((a) => a.name === posting.assessment);
    if (!assessment)
      throw new Error(`no demo assessment ${posting.assessment}`);
    const [rule] = await seed.tx
      .insert(assessmentRules)
      .values({
        organizationId: seed.organizationId,
        postingId: `demo-posting-${index + 1}`,
        postingName: posting.postingName,
        stageId: "demo-stage-language",
        stageName: "Language Assessment",
        assessmentId: assessment.id,
        passLevel: "B2",
        status: "paused",
        pausedReason: "Sample data for the demo",
      })
      .returning({ id: assessmentRules.id });
    postings.push({
      ruleId: rule!.id,
      assessmentId: assessment.id,
      postingName: posting.postingName,
      language: assessment.language,
      targetLevel: assessment.targetLevel,
      tasks: assessment.tasks,
    });
  }
  return postings;
}

function timesOf(seed: Seed, candidate: DemoCandidate) {
  const invited = new Date(seed.now - candidate.daysAgo * DAY);
  const at = (minutes: number) =>
    new Date(invited.getTime() + minutes * MINUTE);
  const reached = (step: Progress) =>
    PROGRESS.indexOf(candidate.progress) >= PROGRESS.indexOf(step);
  return {
    createdAt: invited,
    sentAt: at(1),
    openedAt: reached("opened") ? at(300) : null,
    startedAt: reached("started") ? at(306) : null,
    completedAt: reached("scored") ? at(338) : null,
  };
}

const PROGRESS: Progress[] = [
  "sent",
  "opened",
  "started",
  "scored",
  "reported",
];

async function seedCandidate(
  seed: Seed,
  posting: Posting,
  candidate: DemoCandidate,
  index: number,
) {
  const times = timesOf(seed, candidate);
  const id = randomUUID();
  const status =
    candidate.review === "waiting" ? "completed" : candidate.progress;
  await seed.tx.insert(invitations).values({
    id,
    organizationId: seed.organizationId,
    ruleId: posting.ruleId,
    assessmentId: posting.assessmentId,
    opportunityId: `demo-opportunity-${index + 1}`,
    candidateName: candidate.name,
    candidateEmail: `${candidate.name.split(" ")[0]!.toLowerCase()}@candidates.example`,
    postingId: `demo-posting-${candidate.posting + 1}`,
    postingName: posting.postingName,
    stageId: "demo-stage-language",
    stageName: "Language Assessment",
    status,
    source: "webhook",
    tokenHash: candidateTokenHash({ id, linkVersion: 1 }),
    expiresAt: new Date(times.createdAt.getTime() + 7 * DAY),
    stageEnteredAt: times.createdAt,
    sendCount: 1,
    ...times,
  });
  if (!times.startedAt) return;

  const attemptId = await seedAttempt(seed, posting, id, candidate, index);
  if (!times.completedAt || !candidate.level) return;
  const resultId = await seedResult(
    seed,
    { invitationId: id, attemptId },
    posting,
    candidate,
  );
  if (candidate.progress === "reported") {
    await seedReported(seed, id, `demo-opportunity-${index + 1}`, resultId);
  }
}

async function seedAttempt(
  seed: Seed,
  posting: Posting,
  invitationId: string,
  candidate: DemoCandidate,
  index: number,
) {
  const { startedAt, completedAt } = timesOf(seed, candidate);
  const [attempt] = await seed.tx
    .insert(attempts)
    .values({
      organizationId: seed.organizationId,
      invitationId,
      language: posting.language,
      targetLevel: posting.targetLevel,
      tasks: posting.tasks,
      consentedAt: startedAt!,
      currentTask: completedAt ? posting.tasks.length : 1,
      submittedAt: completedAt,
    })
    .returning({ id: attempts.id });
  const attemptId = attempt!.id;

  const answered = completedAt ? posting.tasks : posting.tasks.slice(0, 1);
  for (const [number, task] of answered.entries()) {
    const takenAt = new Date(startedAt!.getTime() + number * 6 * MINUTE);
    await seedAnswer(seed, attemptId, task, candidate, takenAt, number);
    await seedSnapshot(seed, attemptId, task.id, takenAt, index + number);
  }
  await seedSignals(seed, attemptId, candidate, startedAt!);
  return attemptId;
}

async function seedAnswer(
  seed: Seed,
  attemptId: string,
  task: AssessmentTask,
  candidate: DemoCandidate,
  at: Date,
  number: number,
) {
  const band = bandOf(candidate.level ?? "B1");
  const base = {
    organizationId: seed.organizationId,
    attemptId,
    taskId: task.id,
    kind: task.kind,
    startedAt: at,
    submittedAt: new Date(at.getTime() + 4 * MINUTE),
  };
  if (task.kind === "writing") {
    const text = WRITING[band];
    const wordCount = text.split(/\s+/).filter(Boolean).length;
    await seed.tx.insert(taskResponses).values({ ...base, text, wordCount });
    return;
  }

  const audioId = await storeMedia(seed.tx, {
    organizationId: seed.organizationId,
    attemptId,
    kind: "audio",
    taskId: task.id,
    contentType: "audio/wav",
    bytes: recordingWav(4, 170 + (at.getTime() % 60)),
    durationSeconds: 4,
    takenAt: base.submittedAt,
  });
  const pool = TRANSCRIPTS[band];
  const transcript =
    candidate.review === "waiting" ? null : pool[number % pool.length]!;
  await seed.tx
    .insert(taskResponses)
    .values({ ...base, audioId, transcript, recordings: 1 });
}

const WALLS: [number, number, number][] = [
  [226, 232, 240],
  [237, 228, 214],
  [214, 228, 222],
  [232, 221, 236],
];
const PEOPLE: [number, number, number][] = [
  [71, 85, 105],
  [120, 72, 52],
  [45, 55, 72],
  [150, 110, 80],
];

async function seedSnapshot(
  seed: Seed,
  attemptId: string,
  taskId: string,
  takenAt: Date,
  variant: number,
) {
  const wall = WALLS[variant % WALLS.length]!;
  const person = PEOPLE[variant % PEOPLE.length]!;
  await storeMedia(seed.tx, {
    organizationId: seed.organizationId,
    attemptId,
    kind: "snapshot",
    taskId,
    contentType: "image/png",
    bytes: snapshotPng(wall, person, (variant % 5) * 4 - 8),
    takenAt,
  });
}

async function seedSignals(
  seed: Seed,
  attemptId: string,
  candidate: DemoCandidate,
  startedAt: Date,
) {
  const { away = 0, pastes = 0, missed = 0 } = candidate.signals ?? {};
  const at = (n: number) => new Date(startedAt.getTime() + n * 3 * MINUTE);
  const rows = [
    ...Array.from({ length: away }, (_, n) => ({
      kind: "tab_hidden" as const,
      amount: 6 + n * 5,
      at: at(n + 1),
    })),
    ...Array.from({ length: pastes }, (_, n) => ({
      kind: "paste" as const,
      amount: 240,
      at: at(n + 8),
    })),
    ...Array.from({ length: missed }, (_, n) => ({
      kind: "snapshot_missing" as const,
      amount: null,
      at: at(n + 4),
    })),
  ];
  if (rows.length === 0) return;
  await seed.tx.insert(integrityEvents).values(
    rows.map((row) => ({
      ...row,
      organizationId: seed.organizationId,
      attemptId,
    })),
  );
}

function subScoresOf(posting: Posting, score: number): SubScores {
  const spoken = posting.tasks.some((task) => task.kind === "speaking");
  const around = (offset: number) =>
    Math.round(Math.min(10, Math.max(0, score + offset)) * 10) / 10;
  return {
    ...(spoken ? { fluency: around(0.4), pronunciation: around(-0.3) } : {}),
    grammar: around(-0.5),
    vocabulary: around(0.2),
    coherence: around(0.6),
  };
}

type ResultRow = typeof results.$inferInsert;

/** What every version of a demo result shares. */
function resultBase(
  seed: Seed,
  ids: { invitationId: string; attemptId: string },
  posting: Posting,
  candidate: DemoCandidate,
) {
  const level = candidate.level!;
  const band = bandOf(level);
  const score = SCORE_OF[level];
  const unheard = (task: AssessmentTask) =>
    candidate.review === "waiting" && task.kind === "speaking";
  const scoredAt = timesOf(seed, candidate).completedAt!;

  return {
    organizationId: seed.organizationId,
    ...ids,
    subScores: subScoresOf(posting, score),
    tasks: posting.tasks.map((task, index) => ({
      taskId: task.id,
      level: unheard(task) ? null : level,
      score: unheard(task)
        ? null
        : Math.round((score + TASK_SPREAD[index % 5]!) * 10) / 10,
      subScores: {},
      notes: TASK_NOTES[band],
      transcript: null,
    })),
    improvements: IMPROVEMENTS[band],
    scorerName: "baseline",
    scorerVersion: "1.0.0",
    createdAt: new Date(scoredAt.getTime() + MINUTE),
  } satisfies Partial<ResultRow>;
}

async function insertResult(seed: Seed, row: ResultRow) {
  const [inserted] = await seed.tx
    .insert(results)
    .values(row)
    .returning({ id: results.id });
  return inserted!.id;
}

async function seedResult(
  seed: Seed,
  ids: { invitationId: string; attemptId: string },
  posting: Posting,
  candidate: DemoCandidate,
) {
  const base = resultBase(seed, ids, posting, candidate);
  const level = candidate.level!;
  const final = { status: "final" as const, reviewReasons: [] };
  const reviewedAt = new Date(base.createdAt.getTime() + DAY);

  if (candidate.review === "waiting") {
    return insertResult(seed, {
      ...base,
      version: 1,
      status: "needs_review",
      subScores: {},
      confidence: 0.3,
      reviewReasons: [
        "Speaking answers have no transcript; a reviewer must listen.",
      ],
    });
  }
  if (candidate.review !== "amended") {
    return insertResult(seed, {
      ...base,
      ...final,
      version: 1,
      overallLevel: level,
      overallScore: SCORE_OF[level],
      confidence: 0.78,
    });
  }

  await insertResult(seed, {
    ...base,
    ...final,
    version: 1,
    overallLevel: "A2",
    overallScore: 3.6,
    confidence: 0.55,
    supersededAt: reviewedAt,
  });
  return insertResult(seed, {
    ...base,
    ...final,
    version: 2,
    overallLevel: level,
    overallScore: SCORE_OF[level],
    confidence: 0.95,
    scorerName: "human review",
    scorerVersion: "1",
    reviewedByUserId: seed.reviewerId,
    reviewComment: `Listened to all answers: understandable throughout, so raised from A2 to ${level}.`,
    createdAt: reviewedAt,
  });
}

async function seedReported(
  seed: Seed,
  invitationId: string,
  opportunityId: string,
  resultId: string,
) {
  await ensureReportLink(seed.tx, {
    organizationId: seed.organizationId,
    invitationId,
  });
  await seed.tx.insert(feedbackPosts).values({
    organizationId: seed.organizationId,
    invitationId,
    opportunityId,
    resultId,
    postedResultId: resultId,
    state: "posted",
    leverFeedbackId: `demo-feedback-${opportunityId}`,
    tries: 1,
    postedAt: new Date(),
  });
}
