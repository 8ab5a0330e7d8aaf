"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { scopedAction } from "@/lib/actions/action";
import {
  archiveAssessment,
  createAssessment,
  duplicateAssessment,
  restoreAssessment,
  updateAssessment,
} from "@/lib/assessments/mutations";
import {
  archiveAssessmentSchema,
  assessmentFormSchema,
  assessmentIdSchema,
  updateAssessmentFormSchema,
} from "@/lib/assessments/schemas";

const ASSESSMENTS_PATH = "/assessments";

export const createAssessmentAction = scopedAction(
  "assessments.create",
  { schema: assessmentFormSchema, access: "manager" },
  async (input, scope) => {
    const { id } = await createAssessment(scope, input);
    revalidatePath(ASSESSMENTS_PATH);
    redirect(`${ASSESSMENTS_PATH}/${id}`);
  },
);

export const updateAssessmentAction = scopedAction(
  "assessments.update",
  { schema: updateAssessmentFormSchema, access: "manager" },
  async ({ assessmentId, ...input }, scope) => {
    await updateAssessment(scope, assessmentId, input);
    revalidatePath(ASSESSMENTS_PATH, "layout");
    redirect(`${ASSESSMENTS_PATH}/${assessmentId}`);
  },
);

export const duplicateAssessmentAction = scopedAction(
  "assessments.duplicate",
  { schema: assessmentIdSchema, access: "manager" },
  async ({ assessmentId }, scope) => {
    const copy = await duplicateAssessment(scope, assessmentId);
    revalidatePath(ASSESSMENTS_PATH);
    redirect(`${ASSESSMENTS_PATH}/${copy.id}/edit`);
  },
);

export const archiveAssessmentAction = scopedAction(
  "assessments.archive",
  { schema: archiveAssessmentSchema, access: "manager" },
  async ({ assessmentId, confirm }, scope) => {
    const result = await archiveAssessment(scope, assessmentId, { confirm });
    revalidatePath(ASSESSMENTS_PATH, "layout");
    return result;
  },
);

export const restoreAssessmentAction = scopedAction(
  "assessments.restore",
  { schema: assessmentIdSchema, access: "manager" },
  async ({ assessmentId }, scope) => {
    await restoreAssessment(scope, assessmentId);
    revalidatePath(ASSESSMENTS_PATH, "layout");
    return null;
  },
);
