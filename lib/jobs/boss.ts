import PgBoss from "pg-boss";

import { QUEUE_NAMES, QUEUE_OPTIONS } from "@/lib/jobs/queues";

type Holder = { boss?: Promise<PgBoss> };

// Route handlers and the instrumentation hook are bundled separately but run
// in one process; a global keeps them on one pg-boss instance.
const holder = globalThis as typeof globalThis & { halloBoss?: Holder };

/**
 * A pg-boss instance that only sends and reports. It runs no maintenance or
 * cron timers, so any number of web processes can hold one.
 */
export function producerBoss(url: string): Promise<PgBoss> {
  holder.halloBoss ??= {};
  holder.halloBoss.boss ??= startProducer(url);
  return holder.halloBoss.boss;
}

async function startProducer(url: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    supervise: false,
    schedule: false,
  });
  boss.on("error", () => {});
  await boss.start();
  await createQueues(boss);
  return boss;
}

/** Creates the queues, and brings existing ones to the current options. */
export async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of QUEUE_NAMES) {
    const options = { name, ...QUEUE_OPTIONS[name] };
    await boss.createQueue(name, options);
    await boss.updateQueue(name, options);
  }
}

export async function stopProducerBoss(): Promise<void> {
  const boss = holder.halloBoss?.boss;
  if (!boss) return;
  holder.halloBoss = {};
  await (await boss).stop({ graceful: false, wait: true });
}
