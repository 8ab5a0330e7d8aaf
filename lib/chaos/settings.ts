// Apart from `npm start` (3000, 4010), `npm test` (3100, 4110) and the
// benchmarks (3400-3440, 4440-4490), so a chaos run can share a machine.
export const PORTS = { app: 3450, lever: 4450, postgres: 54350 };

export const DATABASE_NAME = "hallo_chaos";

/** The run stops itself, failed, when it takes longer than this. */
export const DEADLINE_MS = 10 * 60_000;

export const DELIVERIES = {
  total: 10_000,
  /** Sent a second time: the same token and signature. */
  duplicateShare: 0.2,
  /** A copy with a token of its own and a signature from another key. */
  forgedShare: 0.05,
  perSecond: 80,
  concurrency: 8,
};

/** A few hundred candidates, each moved through many stages. */
export const OPPORTUNITIES = 300;

/** Share of the moves (not the last one) that go to a stage with rules. */
export const RULE_STAGE_SHARE = 0.1;

/** What the simulator's API does wrong for the whole run. */
export const LEVER_FAULTS = {
  errorRate: 0.2,
  errorStatus: 503,
  rateLimitRate: 0.1,
  timeoutAfterCommitRate: 0.05,
};

/** When, as a share of the deliveries sent, each outage starts. */
export const OUTAGES = { killApp: 0.3, restartPostgres: 0.6 };

/** Seconds PostgreSQL stays down before it is started again. */
export const POSTGRES_DOWN_MS = 2_000;

/**
 * After an outage ends (the app answers its health check), requests
 * already in flight may still fail: this much later still counts as the
 * outage.
 */
export const RECOVERY_GRACE_MS = 5_000;

/** Share of invited candidates who take their assessment. */
export const COMPLETION_SHARE = 0.6;

export const RULE_STAGES = {
  assessment: "Language Assessment",
  screen: "Phone Screen",
  paused: "On-site Interview",
};
