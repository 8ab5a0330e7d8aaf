"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { scopedAction } from "@/lib/actions/action";
import { buildAuthorizeUrl } from "@/lib/lever/oauth";
import { disconnectLever } from "@/lib/lever-connection/disconnect";
import { liveConnection, setPerformAs } from "@/lib/lever-connection/live";
import { createOAuthState } from "@/lib/lever-connection/oauth-state";
import {
  callbackUrl,
  requireLeverSettings,
  SETTINGS_PATH,
} from "@/lib/lever-connection/settings";
import { runSetup } from "@/lib/lever-connection/setup";

const nothing = z.object({});

export const connectToLeverAction = scopedAction(
  "lever.connect",
  { schema: nothing, access: "manager" },
  async (_input, scope) => {
    const settings = requireLeverSettings();
    const state = await createOAuthState(scope);
    const url = buildAuthorizeUrl(settings, {
      state,
      redirectUri: callbackUrl(),
    });
    redirect(url.toString());
  },
);

export const retrySetupAction = scopedAction(
  "lever.retry-setup",
  { schema: nothing, access: "manager" },
  async (_input, scope) => {
    const connection = await liveConnection(scope);
    await runSetup(connection.id);
    revalidatePath(SETTINGS_PATH);
    return null;
  },
);

export const setPerformAsAction = scopedAction(
  "lever.set-perform-as",
  {
    schema: z.object({
      leverUserId: z.string().min(1, "Choose a Lever user."),
    }),
    access: "manager",
  },
  async ({ leverUserId }, scope) => {
    await setPerformAs(scope, leverUserId);
    revalidatePath(SETTINGS_PATH);
    return null;
  },
);

export const disconnectLeverAction = scopedAction(
  "lever.disconnect",
  { schema: nothing, access: "manager" },
  async (_input, scope) => {
    const { webhooksLeftInLever } = await disconnectLever(scope);
    revalidatePath("/", "layout");
    redirect(`${SETTINGS_PATH}?disconnected=${webhooksLeftInLever}`);
  },
);
