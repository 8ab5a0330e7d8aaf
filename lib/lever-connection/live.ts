import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { leverConnections } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { fieldError, notFound } from "@/lib/errors";
import { BOTH_CHANNELS, OPEN_POSTING_STATES } from "@/lib/lever/postings";
import { leverClientFor } from "@/lib/lever-connection/client";

export async function liveConnection(scope: Scope) {
  const [connection] = await db()
    .select()
    .from(leverConnections)
    .where(inOrganization(scope, leverConnections.organizationId));
  if (!connection || connection.status === "disconnected") {
    throw notFound("A Lever connection");
  }
  return connection;
}

/** Read from Lever now: what the connection can see. */
export async function getLiveSummary(scope: Scope) {
  const client = leverClientFor(await liveConnection(scope));

  let openPostings = 0;
  for await (const _posting of client.listPostings({
    state: OPEN_POSTING_STATES,
    distributionChannel: BOTH_CHANNELS,
  })) {
    openPostings += 1;
  }
  const users = (await client.listUsers())
    .filter((user) => !user.deactivatedAt)
    .map((user) => ({ id: user.id, name: user.name, email: user.email }));
  return { openPostings, users };
}

/** Changes the Lever user that feedback forms are posted as. */
export async function setPerformAs(scope: Scope, leverUserId: string) {
  const connection = await liveConnection(scope);
  const users = await leverClientFor(connection).listUsers();
  const chosen = users.find((u) => u.id === leverUserId && !u.deactivatedAt);
  if (!chosen) {
    throw fieldError("leverUserId", "Choose an active Lever user.");
  }

  await db().transaction(async (tx) => {
    await tx
      .update(leverConnections)
      .set({ performAsLeverUserId: chosen.id, performAsName: chosen.name })
      .where(eq(leverConnections.id, connection.id));
    await recordAudit(tx, scope, {
      kind: "lever.perform_as_changed",
      subjectType: "lever_connection",
      subjectId: connection.id,
      before: { performAs: connection.performAsName },
      after: { performAs: chosen.name },
    });
  });
}

/** One page of postings that can receive candidates, for the picker. */
export async function openPostingsPage(scope: Scope, offset?: string) {
  const client = leverClientFor(await liveConnection(scope));
  const page = await client.postingsPage({
    offset,
    limit: 50,
    state: OPEN_POSTING_STATES,
    distributionChannel: BOTH_CHANNELS,
  });
  return {
    data: page.data.map((posting) => ({
      id: posting.id,
      text: posting.text,
      state: posting.state,
      team: posting.categories?.team ?? null,
      location: posting.categories?.location ?? null,
    })),
    next: page.hasNext ? page.next : null,
  };
}

export async function listLeverStages(scope: Scope) {
  const client = leverClientFor(await liveConnection(scope));
  return (await client.listStages()).map(({ id, text }) => ({ id, text }));
}
