import { randomUUID } from "node:crypto";

import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { sweep, type World } from "@/lib/actions/cross-organization-sweep";
import { AppError } from "@/lib/errors";
import { stopProducerBoss } from "@/lib/jobs/boss";
import {
  createOrganization,
  createTestAssessment,
} from "@/lib/testing/factories";
import { createTestRule } from "@/lib/testing/invitations";
import { auditTrailLength } from "@/lib/testing/stored-state";
import { createTenantObjects } from "@/lib/testing/tenant-objects";

const NOT_FOUND = { code: "not_found", status: 404 };

let world: World;

// A fresh world for every case, so that one action that changed
// something cannot hide or fake what another one does.
beforeEach(async () => {
  const a = await createTenantObjects(await createOrganization("Org A"));
  const b = await createOrganization("Org B");
  const bAssessmentId = await createTestAssessment(b);
  const bRule = await createTestRule(b, { assessmentId: bAssessmentId });
  world = { a, b, bAssessmentId, bRuleId: bRule.id };
});

afterAll(async () => {
  await stopProducerBoss();
});

/** What the person is shown when the attempt is refused. */
async function refusalOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => new Error("the attempt was carried out"),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;

  const { code, status, message, fieldErrors } = error;
  return { code, status, message, fieldErrors };
}

describe("a server action given another organization's id", () => {
  for (const { action, object, idOf, attempt, read, refusal } of sweep) {
    const title = `${action}: A's ${object} is refused to B, left as it was`;

    it(title, async () => {
      const id = idOf(world.a);
      const before = await read(id, world);
      const auditEvents = await auditTrailLength(world.a.owner, world.b);

      const refused = await refusalOf(attempt(world, id));

      expect(refused).toMatchObject(refusal ?? NOT_FOUND);
      // Word for word the answer for an id that exists nowhere, so the
      // refusal does not even tell B that the object exists.
      expect(refused).toEqual(await refusalOf(attempt(world, randomUUID())));
      expect(await read(id, world)).toEqual(before);
      expect(await auditTrailLength(world.a.owner, world.b)).toBe(auditEvents);
    });
  }
});
