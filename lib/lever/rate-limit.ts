import { TokenBucket } from "limiter";

/** Lever's documented budget per account: 10 requests/s, bursts to 20. */
const STEADY_PER_SECOND = 10;
const BURST = 20;

// One bucket per Lever account for the whole process, so that every client
// and job talking to the same account shares its budget. The map grows by
// one small entry per connected account and is never pruned.
const buckets = new Map<string, TokenBucket>();

function bucketFor(accountKey: string): TokenBucket {
  let bucket = buckets.get(accountKey);
  if (!bucket) {
    bucket = new TokenBucket({
      bucketSize: BURST,
      tokensPerInterval: STEADY_PER_SECOND,
      interval: "second",
    });
    // The library starts buckets empty; a fresh account may burst at once.
    bucket.content = BURST;
    buckets.set(accountKey, bucket);
  }
  return bucket;
}

export async function takeRequestToken(accountKey: string): Promise<void> {
  await bucketFor(accountKey).removeTokens(1);
}

/** Forgets every bucket; for tests that need a fresh budget. */
export function resetRequestBuckets(): void {
  buckets.clear();
}
