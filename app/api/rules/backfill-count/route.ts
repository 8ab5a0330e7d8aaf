import { z } from "zod";

import { jsonForViewer } from "@/lib/http/json-route";
import { AppError } from "@/lib/errors";
import { countCandidatesInStage } from "@/lib/rules/backfill";
import { ANY_POSTING } from "@/lib/rules/schemas";

export const dynamic = "force-dynamic";

const query = z.object({
  stageId: z.string().min(1).max(300),
  postingId: z.string().min(1).max(300),
});

/** How many candidates a backfill would invite, shown before confirming. */
export const GET = jsonForViewer(
  "rules.backfill-count",
  async (scope, request) => {
    const parsed = query.safeParse(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    if (!parsed.success)
      throw new AppError("bad_request", "Choose a stage first.");

    const { stageId, postingId } = parsed.data;
    const count = await countCandidatesInStage(
      scope,
      stageId,
      postingId === ANY_POSTING ? null : postingId,
    );
    return { count };
  },
);
