import type { RunningSimulator } from "@/lever-simulator/src/start";

/**
 * Requests the simulator counted on Lever's API (and, when asked, its
 * OAuth server); the runs' own admin calls are left out.
 */
export function leverRequests(
  sim: RunningSimulator,
  options: { oauth?: boolean } = {},
): number {
  const counted = options.oauth ? /^\w+ \/(v1|oauth)\// : /^\w+ \/v1\//;
  let total = 0;
  for (const [route, count] of sim.state.requestCounts) {
    if (counted.test(route)) total += count;
  }
  return total;
}
