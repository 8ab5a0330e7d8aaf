import { fileTypeFromBuffer } from "file-type";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { seedAssessments } from "@/db/seed-assessments";
import { recordingWav, snapshotPng } from "@/db/seed-media";
import { seedResults } from "@/db/seed-results";
import {
  getFunnel,
  getLevelDistribution,
} from "@/lib/organizations/assessment-stats";
import { readScopedMedia } from "@/lib/reports/access";
import { listReportLinks } from "@/lib/reports/manage";
import { findReport } from "@/lib/reports/report";
import { createOrganization } from "@/lib/testing/factories";

describe("demo results", () => {
  it("fill the funnel, the level charts and complete reports", async () => {
    const owner = await createOrganization();
    await db().transaction(async (tx) => {
      await seedAssessments(tx, owner.organizationId, owner.userId);
      await seedResults(tx, owner.organizationId);
    });

    const funnel = await getFunnel(owner, {});
    expect(funnel.invited).toBeGreaterThan(funnel.completed);
    expect(funnel.reported).toBeGreaterThan(0);
    const levels = await getLevelDistribution(owner, {});
    expect(levels.byPosting).toHaveLength(3);

    const [reported] = await db().query.invitations.findMany({
      where: (row, { and, eq }) =>
        and(
          eq(row.organizationId, owner.organizationId),
          eq(row.status, "reported"),
        ),
      limit: 1,
    });
    const report = await findReport(owner, reported!.id);
    expect(report?.tasks.every((task) => task.text || task.audioId)).toBe(true);
    expect(report?.snapshots.length).toBeGreaterThan(0);
    const snapshot = await readScopedMedia(owner, report!.snapshots[0]!.id);
    expect(snapshot?.contentType).toBe("image/png");
    const links = await listReportLinks(owner, reported!.id);
    expect(links[0]?.url).toContain("/r/");
  });

  it("draws media that sniff as the types they are stored as", async () => {
    expect(
      (await fileTypeFromBuffer(snapshotPng([1, 2, 3], [4, 5, 6], 0)))?.mime,
    ).toBe("image/png");
    expect((await fileTypeFromBuffer(recordingWav(1, 200)))?.mime).toMatch(
      /wav/,
    );
  });
});
