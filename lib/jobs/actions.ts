"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { scopedAction } from "@/lib/actions/action";
import { retryFailedJob } from "@/lib/jobs/failed-jobs";

export const retryJobAction = scopedAction(
  "jobs.retry",
  {
    schema: z.object({ queue: z.string().min(1).max(100), id: z.string() }),
    access: "manager",
  },
  async ({ queue, id }, scope) => {
    await retryFailedJob(scope, queue, id);
    revalidatePath("/activity");
    return null;
  },
);
