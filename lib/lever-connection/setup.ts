import { eq, inArray } from "drizzle-orm";

import { db } from "@/db/client";
import { leverConnections, leverWebhooks } from "@/db/schema";
import type { LeverClient } from "@/lib/lever/client";
import { leverClientFor } from "@/lib/lever-connection/client";
import { encryptionKey, webhookUrl } from "@/lib/lever-connection/settings";
import {
  templateDefinition,
  templateFieldIds,
} from "@/lib/lever-connection/template";
import { logFor } from "@/lib/log";
import { encryptSecret } from "@/lib/security/encryption";

export const WEBHOOK_EVENTS = [
  "candidateStageChange",
  "candidateArchiveChange",
  "candidateDeleted",
] as const;

type Connection = typeof leverConnections.$inferSelect;

const STEPS = [
  { name: "registering webhooks", run: registerWebhooks },
  { name: "creating the feedback template", run: createTemplate },
  { name: "choosing who feedback is posted as", run: defaultPerformAs },
] as const;

/**
 * Brings a connection from "setting up" to "active". Every step stores its
 * own result as soon as Lever confirms it and is skipped when already done,
 * so a failed setup can simply be run again.
 */
export async function runSetup(connectionId: string): Promise<void> {
  const log = logFor({ connectionId, event: "lever.setup" });

  for (const step of STEPS) {
    const connection = await loadConnection(connectionId);
    try {
      await step.run(connection, leverClientFor(connection));
    } catch (error) {
      log.warn({ err: error, step: step.name }, "Lever setup step failed");
      await recordSetupError(connectionId, step.name, error);
      return;
    }
  }

  await db()
    .update(leverConnections)
    .set({ status: "active", setupError: null })
    .where(eq(leverConnections.id, connectionId));
  log.info("Lever connection is set up");
}

async function loadConnection(id: string): Promise<Connection> {
  const [row] = await db()
    .select()
    .from(leverConnections)
    .where(eq(leverConnections.id, id));
  if (!row) throw new Error(`no Lever connection ${id}`);
  return row;
}

async function registerWebhooks(connection: Connection, client: LeverClient) {
  const done = await webhooksStillInLever(connection, client);

  for (const event of WEBHOOK_EVENTS.filter((e) => !done.has(e))) {
    const url = webhookUrl(connection.id);
    const webhook = await client.createWebhook({ url, event });
    // The signature token is returned only now; store it before anything
    // else can fail.
    await db()
      .insert(leverWebhooks)
      .values({
        connectionId: connection.id,
        event,
        url,
        leverWebhookId: webhook.id,
        signatureTokenEncrypted: encryptSecret(
          webhook.signatureToken,
          encryptionKey(),
        ),
      });
  }
}

/**
 * The events whose webhook we stored and Lever still has. Stored webhooks
 * Lever no longer knows (deleted there, or lost with the account's data)
 * are forgotten so they are registered again.
 */
async function webhooksStillInLever(
  connection: Connection,
  client: LeverClient,
) {
  const stored = await db()
    .select()
    .from(leverWebhooks)
    .where(eq(leverWebhooks.connectionId, connection.id));
  if (stored.length === 0) return new Set<string>();

  const inLever = new Set((await client.listWebhooks()).map((w) => w.id));
  const gone = stored.filter((row) => !inLever.has(row.leverWebhookId));
  if (gone.length > 0) {
    await db()
      .delete(leverWebhooks)
      .where(
        inArray(
          leverWebhooks.id,
          gone.map((row) => row.id),
        ),
      );
  }
  return new Set(
    stored
      .filter((row) => inLever.has(row.leverWebhookId))
      .map((row) => row.event),
  );
}

async function createTemplate(connection: Connection, client: LeverClient) {
  if (connection.feedbackTemplateId) {
    const templates = await client.listFeedbackTemplates();
    if (templates.some((t) => t.id === connection.feedbackTemplateId)) return;
  }

  const template = await client.createFeedbackTemplate(templateDefinition());
  await db()
    .update(leverConnections)
    .set({
      feedbackTemplateId: template.id,
      feedbackTemplateFields: templateFieldIds(template),
    })
    .where(eq(leverConnections.id, connection.id));
}

async function defaultPerformAs(connection: Connection, client: LeverClient) {
  if (connection.performAsLeverUserId) return;

  const users = await client.listUsers();
  const active = users.filter((user) => !user.deactivatedAt);
  const chosen =
    active.find((user) => user.id === connection.authorizedByLeverUserId) ??
    active[0];
  if (!chosen) throw new Error("the Lever account has no active users");

  await db()
    .update(leverConnections)
    .set({ performAsLeverUserId: chosen.id, performAsName: chosen.name })
    .where(eq(leverConnections.id, connection.id));
}

async function recordSetupError(id: string, step: string, error: unknown) {
  const reason = error instanceof Error ? error.message : "unknown error";
  await db()
    .update(leverConnections)
    .set({ setupError: `Failed while ${step}: ${reason}` })
    .where(eq(leverConnections.id, id));
}
