import pRetry from "p-retry";

/** Polls a health URL until it answers 200, or fails after `timeoutMs`. */
export async function waitForHealthy(url: string, timeoutMs: number) {
  await pRetry(
    async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    },
    {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 200,
      maxTimeout: 1000,
      maxRetryTime: timeoutMs,
    },
  );
}
