import { startBaseline } from "@/lib/bench/baseline";
import { countAccepted, processingState } from "@/lib/bench/deliveries";
import { measureIntake, quietDeliveries } from "@/lib/bench/intake-load";
import { measureInvitations } from "@/lib/bench/invitations";
import { currentLoad, describeMachine } from "@/lib/bench/machine";
import { printReport, type Results } from "@/lib/bench/report";
import { INVITATIONS, RULE_STAGE } from "@/lib/bench/settings";
import { startStack } from "@/lib/bench/stack";
import { tearDown, tearDownOnSignals } from "@/lib/bench/teardown";
import { prepareTenant } from "@/lib/bench/tenant";
import { runMain, say } from "@/lib/cli/environment";
import { webhookUrl } from "@/lib/lever-connection/settings";

// `npm run bench:webhooks`: how fast the app acknowledges Lever's
// webhooks next to a bare Node server, and how long a stage change in
// Lever takes to become an invitation in the candidate's mailbox.
async function main() {
  tearDownOnSignals();
  const loadBefore = currentLoad();

  let results: Results;
  try {
    results = await measure(loadBefore);
  } finally {
    say("tearing down");
    await tearDown();
  }
  printReport(results);
}

async function measure(loadBefore: number): Promise<Results> {
  const stack = await startStack();
  say("connecting an organization to the simulator through OAuth");
  const tenant = await prepareTenant(stack.sim);

  // Invitations go first, while the queues are empty: the load below
  // leaves thousands of delivery jobs that they would otherwise queue behind.
  say(`moving ${INVITATIONS.candidates} candidates into "${RULE_STAGE}"`);
  const invitations = await measureInvitations(
    stack.sim,
    stack.mailbox,
    tenant.ruleStage.id,
  );

  const opportunityIds = [...stack.sim.state.opportunities.keys()];
  const bodies = quietDeliveries(tenant, opportunityIds);
  say("loading the baseline intake (bare Node http + pg)");
  const baseline = await measureIntake(
    await startBaseline(stack.databaseUrl),
    bodies,
  );

  say("loading the app's webhook intake");
  const connectionId = tenant.hook.connectionId;
  const app = await measureIntake(
    {
      url: webhookUrl(connectionId),
      countStored: () => countAccepted(connectionId),
    },
    bodies,
  );
  const backlog = await processingState(connectionId);

  return {
    machine: describeMachine(loadBefore),
    app,
    baseline,
    backlog,
    invitations,
  };
}

runMain(main);
