import pLimit from "p-limit";
import { RateLimiter } from "limiter";

import type { Rng } from "@/lever-simulator/src/random";
import type { RunningSimulator } from "@/lever-simulator/src/start";
import { DELIVERIES } from "@/lib/chaos/settings";
import { callAdmin } from "@/lib/testing/lever-simulator";

/** One request the simulator is asked to deliver. */
export type PlannedSend = { token: string; forge: boolean };

/** What it answered: its id in the delivery log, and the token sent. */
export type Sent = PlannedSend & { deliveryId: string; sentToken: string };

/**
 * DELIVERIES.total sends in shuffled order: every held delivery once,
 * a share of them again, and a share forged, so that the duplicates and
 * forgeries come before their originals as often as after.
 */
export function planSends(tokens: string[], rng: Rng): PlannedSend[] {
  const { total, duplicateShare, forgedShare } = DELIVERIES;
  const duplicates = Math.round(total * duplicateShare);
  const forged = Math.round(total * forgedShare);
  const randomToken = () => tokens[Math.floor(rng() * tokens.length)] ?? "";

  const sends: PlannedSend[] = [
    ...tokens.map((token) => ({ token, forge: false })),
    ...Array.from({ length: duplicates }, () => ({
      token: randomToken(),
      forge: false,
    })),
    ...Array.from({ length: forged }, () => ({
      token: randomToken(),
      forge: true,
    })),
  ];
  return shuffle(sends, rng);
}

// Fisher-Yates with the run's seeded generator, so a seed replays a run.
function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

type Milestone = { share: number; run: () => Promise<void> };

/**
 * Asks the simulator for every send at DELIVERIES.perSecond. Milestones
 * (the outages) start when their share of the sends is out and run
 * alongside, so deliveries keep coming while the app or the database is
 * down, as Lever's would.
 */
export async function sendAll(
  sim: RunningSimulator,
  sends: PlannedSend[],
  milestones: Milestone[],
): Promise<Sent[]> {
  const pace = new RateLimiter({
    tokensPerInterval: DELIVERIES.perSecond,
    interval: "second",
  });
  const limit = pLimit(DELIVERIES.concurrency);
  const pending = [...milestones].sort((a, b) => a.share - b.share);
  const started: Promise<void>[] = [];

  const sent = await Promise.all(
    sends.map((send, index) =>
      limit(async () => {
        await pace.removeTokens(1);
        while (pending[0] && index >= pending[0].share * sends.length) {
          started.push(pending.shift()!.run());
        }
        return sendOne(sim, send);
      }),
    ),
  );
  await Promise.all(started);
  return sent;
}

async function sendOne(
  sim: RunningSimulator,
  send: PlannedSend,
): Promise<Sent> {
  const { data } = await callAdmin<{
    data: { deliveryId: string; token: string };
  }>(sim, "POST", `/webhooks/held/${send.token}/send`, { forge: send.forge });
  return { ...send, deliveryId: data.deliveryId, sentToken: data.token };
}
