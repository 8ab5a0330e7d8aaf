"use server";

import { revalidatePath } from "next/cache";

import { scopedAction } from "@/lib/actions/action";
import { SETTINGS_PATH } from "@/lib/lever-connection/settings";
import { startBackfill } from "@/lib/rules/backfill";
import {
  createRule,
  deleteRule,
  setRulePaused,
  updateRule,
} from "@/lib/rules/rules";
import {
  editRuleSchema,
  ruleFormSchema,
  ruleIdSchema,
} from "@/lib/rules/schemas";

export const addRuleAction = scopedAction(
  "rules.add",
  { schema: ruleFormSchema, access: "manager" },
  async (form, scope) => {
    const rule = await createRule(scope, form);
    if (form.backfill) await startBackfill(scope, rule.id);
    revalidatePath(SETTINGS_PATH);
    return { ruleId: rule.id };
  },
);

export const editRuleAction = scopedAction(
  "rules.edit",
  { schema: editRuleSchema, access: "manager" },
  async ({ ruleId, ...form }, scope) => {
    await updateRule(scope, ruleId, form);
    revalidatePath(SETTINGS_PATH);
    return { ruleId };
  },
);

export const pauseRuleAction = scopedAction(
  "rules.pause",
  { schema: ruleIdSchema, access: "manager" },
  async ({ ruleId }, scope) => {
    await setRulePaused(scope, ruleId, true);
    revalidatePath(SETTINGS_PATH);
    return null;
  },
);

export const resumeRuleAction = scopedAction(
  "rules.resume",
  { schema: ruleIdSchema, access: "manager" },
  async ({ ruleId }, scope) => {
    await setRulePaused(scope, ruleId, false);
    revalidatePath(SETTINGS_PATH);
    return null;
  },
);

export const deleteRuleAction = scopedAction(
  "rules.delete",
  { schema: ruleIdSchema, access: "manager" },
  async ({ ruleId }, scope) => {
    await deleteRule(scope, ruleId);
    revalidatePath(SETTINGS_PATH);
    return null;
  },
);
