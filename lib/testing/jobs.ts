import { databaseUrl } from "@/db/client";
import { producerBoss } from "@/lib/jobs/boss";

/**
 * An email job of the organization that pg-boss gave up on. The caller
 * stops the producer with `stopProducerBoss` after its tests.
 */
export async function createFailedJob(organizationId: string) {
  const boss = await producerBoss(databaseUrl());
  const id = await boss.send(
    "email.send",
    { organizationId, invitationId: organizationId },
    { retryLimit: 0, startAfter: 3600 },
  );
  if (!id) throw new Error("pg-boss sent no job");

  await boss.fail("email.send", id, { message: "SMTP server refused: 421" });
  return id;
}
