// Fixed ports keep a benchmark run apart from `npm start` (3000, 4010) and
// `npm test` (3100, 4110) on the same machine.
export const APP_PORT = 3400;
export const LEVER_PORT = 4490;

export const DATABASE_NAME = "hallo_bench";

/** The load each intake gets, the app's and the baseline's alike. */
export const LOAD = {
  connections: 20,
  seconds: 10,
  fixedRate: 200,
  warmUpSeconds: 3,
};

/** Candidates moved into the rule's stage, and how they are paced. */
export const INVITATIONS = {
  candidates: 30,
  perBatch: 3,
  pauseMs: 1_000,
  timeoutMs: 30_000,
};

export const TARGETS = {
  /** App over baseline, in accepted deliveries per second. */
  minRatio: 0.4,
  maxP99AtFixedRateMs: 50,
  maxInvitationP95Ms: 3_000,
};

export const RULE_STAGE = "Language Assessment";

/** A stage no rule uses, so its deliveries are acknowledged and skipped. */
export const QUIET_STAGE = "Phone Screen";
