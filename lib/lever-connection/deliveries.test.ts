import { createHmac, randomUUID } from "node:crypto";

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { leverConnections, leverWebhooks } from "@/db/schema";
import { acceptDelivery } from "@/lib/lever-connection/deliveries";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { encryptSecret } from "@/lib/security/encryption";
import { createOrganization } from "@/lib/testing/factories";

const SIGNATURE_TOKEN = "signature-token-from-lever";
let connectionId: string;

function envelope(overrides: Record<string, unknown> = {}) {
  const token = randomUUID().replaceAll("-", "");
  const triggeredAt = Date.now();
  return {
    triggeredAt,
    event: "candidateStageChange",
    token,
    signature: createHmac("sha256", SIGNATURE_TOKEN)
      .update(`${token}${triggeredAt}`)
      .digest("hex"),
    data: { opportunityId: randomUUID(), toStageId: "lead-new" },
    ...overrides,
  };
}

beforeAll(async () => {
  const owner = await createOrganization();
  const [row] = await db()
    .insert(leverConnections)
    .values({
      organizationId: owner.organizationId,
      status: "active",
      leverAccountId: `account-${randomUUID()}`,
      apiBaseUrl: "https://api.lever.co/v1",
      connectedAt: new Date(),
    })
    .returning({ id: leverConnections.id });
  connectionId = row!.id;
  await db()
    .insert(leverWebhooks)
    .values({
      connectionId,
      event: "candidateStageChange",
      leverWebhookId: randomUUID(),
      url: "https://hallo.example/api/webhooks/lever/x",
      signatureTokenEncrypted: encryptSecret(SIGNATURE_TOKEN, encryptionKey()),
    });
});

afterAll(async () => {
  await db()
    .delete(leverConnections)
    .where(eq(leverConnections.id, connectionId));
});

describe("acceptDelivery", () => {
  it("accepts a correctly signed delivery and notes when it arrived", async () => {
    expect(await acceptDelivery(connectionId, envelope())).toEqual({
      status: 200,
    });

    const [row] = await db()
      .select({ at: leverConnections.lastDeliveryAt })
      .from(leverConnections)
      .where(eq(leverConnections.id, connectionId));
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("accepts Lever's test delivery with empty data", async () => {
    const test = envelope({ event: "candidateHired", data: {} });
    expect(await acceptDelivery(connectionId, test)).toEqual({ status: 200 });
  });

  it("refuses a signature that does not cover this token and time", async () => {
    const signed = envelope();

    const moved = { ...signed, triggeredAt: signed.triggeredAt + 1 };
    expect(await acceptDelivery(connectionId, moved)).toMatchObject({
      status: 401,
    });
    const unsigned = { ...signed, signature: "00".repeat(32) };
    expect(await acceptDelivery(connectionId, unsigned)).toMatchObject({
      status: 401,
    });
  });

  it("answers 404 for unknown connections and 400 for other shapes", async () => {
    expect(await acceptDelivery(randomUUID(), envelope())).toMatchObject({
      status: 404,
    });
    expect(await acceptDelivery("not-a-uuid", envelope())).toMatchObject({
      status: 404,
    });
    expect(
      await acceptDelivery(connectionId, {
        ...envelope(),
        triggeredAt: "soon",
      }),
    ).toMatchObject({ status: 400 });
    expect(await acceptDelivery(connectionId, [1, 2, 3])).toMatchObject({
      status: 400,
    });
  });
});
