"use server";

import { revalidatePath } from "next/cache";

import { scopedAction } from "@/lib/actions/action";
import { requestRescore } from "@/lib/results/rescore";
import { saveReview } from "@/lib/results/review";
import { rescoreSchema, reviewSchema } from "@/lib/results/schemas";

export const saveReviewAction = scopedAction(
  "results.review",
  // Reviewers may be members: saveReview checks the reviewer permission.
  { schema: reviewSchema, access: "member" },
  async (input, scope) => {
    const saved = await saveReview(scope, input);
    revalidatePath("/reviews");
    revalidatePath(`/candidates/${saved.invitationId}`);
    return saved;
  },
);

export const rescoreAction = scopedAction(
  "results.rescore",
  { schema: rescoreSchema, access: "manager" },
  async ({ invitationId }, scope) => {
    const requested = await requestRescore(scope, invitationId);
    revalidatePath(`/candidates/${invitationId}`);
    return requested;
  },
);
