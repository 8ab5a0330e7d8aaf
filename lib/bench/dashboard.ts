import { and, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { invitations } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { SEEDED, seedBusyOrganization } from "@/lib/bench/dashboard-seed";
import { firstLoadJs } from "@/lib/bench/first-load-js";
import { currentLoad, describeMachine, machineLine } from "@/lib/bench/machine";
import {
  sampleMemory,
  timePage,
  type PageFigures,
} from "@/lib/bench/page-timing";
import { signInOverHttp } from "@/lib/bench/session";
import { startStack } from "@/lib/bench/stack";
import { tearDown, tearDownOnSignals } from "@/lib/bench/teardown";
import { runMain, say } from "@/lib/cli/environment";
import { connectToTestLever } from "@/lib/testing/lever";

// The pages an admin of a busy organization opens, with the query
// strings that make the candidates list filter and sort.
const PAGES = [
  "/overview",
  "/candidates",
  "/candidates?status=completed&sort=candidateName&order=asc",
  "/candidates?page=2000",
  "/assessments",
  "/development/integration-partners",
  "/activity",
  "/outbox",
  "/members",
];

// `npm run bench:dashboard`: server render times of the dashboard with
// 100,000 invitations and 1,000 rules, next to the sign-in page (no data)
// measured in the same run, and the app's memory while it renders.
async function main() {
  tearDownOnSignals();
  const loadBefore = currentLoad();
  try {
    const figures = await measure();
    print({ machine: describeMachine(loadBefore), ...figures });
  } finally {
    say("tearing down");
    await tearDown();
  }
}

async function measure() {
  const stack = await startStack();
  say("connecting an organization to the simulator through OAuth");
  const owner = await connectToTestLever(stack.sim);
  say(`seeding ${SEEDED.invitations} invitations and ${SEEDED.rules} rules`);
  await seedBusyOrganization(owner);

  const cookie = await signInOverHttp(stack.appUrl, owner);
  const memory = sampleMemory(stack.appPid);
  const baseline = await timePage(stack.appUrl, "/sign-in", null);
  const pages: (PageFigures & { js: JsFigures })[] = [];
  for (const path of [...PAGES, await candidatePage(owner)]) {
    say(`timing ${path}`);
    pages.push({
      ...(await timePage(stack.appUrl, path, cookie)),
      js: await firstLoadJs(stack.appUrl, path, cookie),
    });
  }
  const signIn = {
    ...baseline,
    js: await firstLoadJs(stack.appUrl, "/sign-in", null),
  };
  return { seeded: SEEDED, baseline: signIn, pages, memory: memory.stop() };
}

async function candidatePage(owner: Scope): Promise<string> {
  const [row] = await db()
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, owner.organizationId),
        eq(invitations.opportunityId, "opp-50000"),
      ),
    );
  return `/candidates/${row!.id}`;
}

type JsFigures = Awaited<ReturnType<typeof firstLoadJs>>;

type Report = Awaited<ReturnType<typeof measure>> & {
  machine: ReturnType<typeof describeMachine>;
};

function print(report: Report) {
  const rows = [report.baseline, ...report.pages];
  const width = Math.max(...rows.map((row) => row.path.length)) + 2;
  console.log("");
  console.log("Dashboard server render");
  console.log(`machine: ${machineLine(report.machine)}`);
  console.log(
    `seeded: ${report.seeded.invitations} invitations, ${report.seeded.rules} rules`,
  );
  console.log(
    `${"page".padEnd(width)}  p50 ms  p95 ms  errors  p95 / sign-in  first-load JS`,
  );
  for (const row of rows) {
    const ratio = row.p95Ms / report.baseline.p95Ms;
    console.log(
      `${row.path.padEnd(width)}${fmt(row.p50Ms)}${fmt(row.p95Ms)}${String(row.errors).padStart(8)}${ratio.toFixed(1).padStart(15)}${`${row.js.gzipKiB} KiB`.padStart(15)}`,
    );
  }
  const { startMiB, peakMiB, endMiB } = report.memory;
  console.log(
    `app memory (RSS): ${startMiB} MiB before, ${peakMiB} MiB peak, ${endMiB} MiB after`,
  );
  console.log("");
  console.log(JSON.stringify({ benchmark: "dashboard", ...report }));
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);

runMain(main);
