import { TokenBucket } from "limiter";

// Lever documents 10 requests/s per account with bursts to 20, but not how
// it counts them. Measured against the simulator's fixed one-second
// windows, spending exactly 10/s drew about 1.5% 429s; 19 every 2 s and
// bursts of 10 keep under any window's count at 95% of the budget.
const TOKENS = 19;
const PER_MS = 2_000;
const BURST = 10;

// One bucket per Lever account for the whole process, so that every client
// and job talking to the same account shares its budget. The map grows by
// one small entry per connected account and is never pruned.
const buckets = new Map<string, TokenBucket>();

function bucketFor(accountKey: string): TokenBucket {
  let bucket = buckets.get(accountKey);
  if (!bucket) {
    bucket = new TokenBucket({
      bucketSize: BURST,
      tokensPerInterval: TOKENS,
      interval: PER_MS,
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
