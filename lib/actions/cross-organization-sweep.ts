// Test cases, not app code: every server action that is given an id, as
// organization B's owner would call it with organization A's id. Run by
// cross-organization.test.ts; action-inventory.test.ts checks that no
// server action is missing here.

import { expect } from "vitest";

import {
  assessmentRules,
  assessments,
  membershipInvitations,
  pipelineEvents,
  reportLinks,
} from "@/db/schema";
import {
  archiveAssessment,
  duplicateAssessment,
  restoreAssessment,
  updateAssessment,
} from "@/lib/assessments/mutations";
import type { Scope } from "@/lib/auth/scope";
import {
  cancelInvitation,
  extendInvitation,
  invitationLink,
  resendInvitation,
  retryStep,
} from "@/lib/invitations/admin";
import { retryFailedJob } from "@/lib/jobs/failed-jobs";
import { renewInvitation, revokeInvitation } from "@/lib/members/invitations";
import {
  changeMemberRole,
  removeMember,
  setMemberReviewer,
} from "@/lib/members/members";
import { createReportLink, revokeReportLink } from "@/lib/reports/manage";
import { requestRescore } from "@/lib/results/rescore";
import { saveReview } from "@/lib/results/review";
import { reviewSchema } from "@/lib/results/schemas";
import {
  createRule,
  deleteRule,
  setRulePaused,
  updateRule,
} from "@/lib/rules/rules";
import { ruleFormSchema } from "@/lib/rules/schemas";
import { assessmentInput } from "@/lib/testing/factories";
import {
  candidateRecord,
  failedJobRecord,
  memberRecord,
  rulesUsing,
  storedRow,
} from "@/lib/testing/stored-state";
import type { TenantObjects } from "@/lib/testing/tenant-objects";

/** Organization A's objects, and B's owner with a rule of B's own. */
export type World = {
  a: TenantObjects;
  b: Scope;
  bAssessmentId: string;
  bRuleId: string;
};

/** The domain call an action's work makes, given the id from the form. */
type Attempt = (world: World, id: string) => Promise<unknown>;

/** The server actions that are given one kind of A's objects. */
type ObjectOfA = {
  object: string;
  idOf: (a: TenantObjects) => string;
  /** What must read the same after the attempt. */
  read: (id: string, world: World) => Promise<unknown>;
  /** What the refusal must be, when it is not "not found". */
  refusal?: object;
  /** Keyed by the name the action is exported as. */
  actions: Record<string, Attempt>;
};

export type SweepCase = Omit<ObjectOfA, "actions"> & {
  action: string;
  attempt: Attempt;
};

// A rule names its assessment in a form field, so another organization's
// assessment is that field's error: the one for an id that exists nowhere.
const NOT_OFFERED = {
  status: 422,
  fieldErrors: { assessmentId: [expect.any(String)] },
};

const rowOf = (table: Parameters<typeof storedRow>[0]) => (id: string) =>
  storedRow(table, id);

function ruleForm(assessmentId: string) {
  return ruleFormSchema.parse({
    postingId: "any",
    stageId: "stage-sweep",
    stageName: "Language Assessment",
    assessmentId,
  });
}

/** A complete, valid review of every task of the invitation's attempt. */
function reviewOf(invitationId: string, taskIds: string[]) {
  const fields: Record<string, string> = {
    invitationId,
    basedOnVersion: "1",
    overallLevel: "C1",
    overallScore: "8",
    improvements: "Nothing to add.",
  };
  taskIds.forEach((taskId, index) => {
    fields[`tasks.${index}.taskId`] = taskId;
    fields[`tasks.${index}.level`] = "C1";
    fields[`tasks.${index}.score`] = "8";
  });
  return reviewSchema.parse(fields);
}

const objectsOfA: ObjectOfA[] = [
  {
    object: "assessment",
    idOf: (a) => a.assessmentId,
    read: rowOf(assessments),
    actions: {
      updateAssessmentAction: ({ b }, id) =>
        updateAssessment(b, id, assessmentInput("Taken over")),
      duplicateAssessmentAction: ({ b }, id) => duplicateAssessment(b, id),
      archiveAssessmentAction: ({ b }, id) =>
        archiveAssessment(b, id, { confirm: true }),
    },
  },
  {
    object: "archived assessment",
    idOf: (a) => a.archivedAssessmentId,
    read: rowOf(assessments),
    actions: {
      restoreAssessmentAction: ({ b }, id) => restoreAssessment(b, id),
    },
  },
  {
    object: "assessment, named in a new rule",
    idOf: (a) => a.assessmentId,
    read: rulesUsing,
    refusal: NOT_OFFERED,
    actions: {
      addRuleAction: ({ b }, id) => createRule(b, ruleForm(id)),
    },
  },
  {
    object: "assessment, named in B's own rule",
    idOf: (a) => a.assessmentId,
    read: (_id, { bRuleId }) => storedRow(assessmentRules, bRuleId),
    refusal: NOT_OFFERED,
    actions: {
      editRuleAction: ({ b, bRuleId }, id) =>
        updateRule(b, bRuleId, ruleForm(id)),
    },
  },
  {
    object: "rule",
    idOf: (a) => a.ruleId,
    read: rowOf(assessmentRules),
    actions: {
      editRuleAction: ({ b, bAssessmentId }, id) =>
        updateRule(b, id, ruleForm(bAssessmentId)),
      pauseRuleAction: ({ b }, id) => setRulePaused(b, id, true),
      deleteRuleAction: ({ b }, id) => deleteRule(b, id),
    },
  },
  {
    object: "paused rule",
    idOf: (a) => a.pausedRuleId,
    read: rowOf(assessmentRules),
    actions: {
      resumeRuleAction: ({ b }, id) => setRulePaused(b, id, false),
    },
  },
  {
    object: "scored candidate",
    idOf: (a) => a.scoredInvitationId,
    read: candidateRecord,
    actions: {
      saveReviewAction: ({ a, b }, id) =>
        saveReview(b, reviewOf(id, a.scoredTaskIds)),
      rescoreAction: ({ b }, id) => requestRescore(b, id),
      createReportLinkAction: ({ b }, id) => createReportLink(b, id, null),
    },
  },
  {
    object: "report link",
    idOf: (a) => a.reportLinkId,
    read: rowOf(reportLinks),
    actions: {
      revokeReportLinkAction: ({ b }, id) => revokeReportLink(b, id),
    },
  },
  {
    object: "candidate invitation",
    idOf: (a) => a.candidateInvitationId,
    read: candidateRecord,
    actions: {
      resendInvitationAction: ({ b }, id) => resendInvitation(b, id),
      extendInvitationAction: ({ b }, id) => extendInvitation(b, id, 7),
      cancelInvitationAction: ({ b }, id) => cancelInvitation(b, id),
      copyInvitationLinkAction: ({ b }, id) => invitationLink(b, id),
    },
  },
  {
    object: "failed timeline step",
    idOf: (a) => a.failedStepId,
    read: rowOf(pipelineEvents),
    actions: {
      retryStepAction: ({ b }, id) => retryStep(b, id),
    },
  },
  {
    object: "failed job",
    idOf: (a) => a.failedJobId,
    read: failedJobRecord,
    actions: {
      retryJobAction: ({ b }, id) => retryFailedJob(b, "email.send", id),
    },
  },
  {
    object: "member invitation",
    idOf: (a) => a.memberInvitationId,
    read: rowOf(membershipInvitations),
    actions: {
      renewInvitationAction: ({ b }, id) => renewInvitation(b, id),
      revokeInvitationAction: ({ b }, id) => revokeInvitation(b, id),
    },
  },
  {
    object: "membership",
    idOf: (a) => a.membershipId,
    read: memberRecord,
    actions: {
      changeRoleAction: ({ b }, id) => changeMemberRole(b, id, "admin"),
      removeMemberAction: ({ b }, id) => removeMember(b, id),
      setReviewerAction: ({ b }, id) => setMemberReviewer(b, id, true),
    },
  },
];

/**
 * Every server action that is given an id of an organization's object,
 * once for each kind of object it is given, as B's owner would call it
 * with A's id.
 */
export const sweep: SweepCase[] = objectsOfA.flatMap(({ actions, ...object }) =>
  Object.entries(actions).map(([action, attempt]) => ({
    ...object,
    action,
    attempt,
  })),
);
