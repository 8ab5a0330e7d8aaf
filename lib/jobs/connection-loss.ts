import { isConnectionLoss } from "@/lib/db-errors";
import { logFor } from "@/lib/log";

let installed = false;

/**
 * pg-boss 10 marks each fetched batch completed, or failed, without
 * awaiting the write, so when PostgreSQL goes away at that moment the
 * rejection is unhandled and Node would end the worker. Our worker has
 * already recorded each job's end itself (see workBatch), and a job whose
 * end was lost all the same stays taken until its queue's
 * expireInSeconds, then is retried; every handler is safe to run twice.
 * So a lost connection is logged and the worker stays up; any other
 * unhandled rejection still ends the process, unless something else
 * (Next's server) has taken charge of them.
 */
export function surviveDatabaseOutages(): void {
  if (installed) return;
  installed = true;

  const log = logFor({ event: "db.connection-lost" });
  const onRejection = (reason: unknown) => {
    if (isConnectionLoss(reason)) {
      log.warn(
        { err: reason },
        "a job's bookkeeping was lost with the database connection",
      );
      return;
    }
    if (process.listenerCount("unhandledRejection") > 1) return;
    throw reason;
  };
  process.on("unhandledRejection", onRejection);
}
