import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it, vi } from "vitest";

import { sweep } from "@/lib/actions/cross-organization-sweep";
import * as assessmentActions from "@/lib/assessments/actions";
import * as authActions from "@/lib/auth/actions";
import * as invitationActions from "@/lib/invitations/actions";
import * as jobActions from "@/lib/jobs/actions";
import * as leverConnectionActions from "@/lib/lever-connection/actions";
import * as memberActions from "@/lib/members/actions";
import * as reportActions from "@/lib/reports/actions";
import * as resultActions from "@/lib/results/actions";
import * as ruleActions from "@/lib/rules/actions";

// next-auth's build imports "next/server" in a way only Next's bundler
// resolves. These modules are loaded only to list their exports, and no
// test here signs anyone in, so sign-in is left out.
vi.mock("@/lib/auth/auth", () => ({}));
vi.mock("next-auth", () => ({ AuthError: Error, CredentialsSignin: Error }));

const ACTION_MODULES = {
  "lib/assessments/actions.ts": assessmentActions,
  "lib/auth/actions.ts": authActions,
  "lib/invitations/actions.ts": invitationActions,
  "lib/jobs/actions.ts": jobActions,
  "lib/lever-connection/actions.ts": leverConnectionActions,
  "lib/members/actions.ts": memberActions,
  "lib/reports/actions.ts": reportActions,
  "lib/results/actions.ts": resultActions,
  "lib/rules/actions.ts": ruleActions,
};

type Modules = typeof ACTION_MODULES;
type ActionName = { [P in keyof Modules]: keyof Modules[P] }[keyof Modules];

// Their forms hold no id of an organization's object, so there is nothing
// of another organization they could be given.
const TAKE_NO_TENANT_ID: ActionName[] = [
  // They create something new in the viewer's own organization.
  "createAssessmentAction",
  "inviteMemberAction",
  // They act on the viewer's own Lever connection. The perform-as id is a
  // Lever user's, and must be one of that connection's users.
  "connectToLeverAction",
  "retrySetupAction",
  "setPerformAsAction",
  "disconnectLeverAction",
  // Public: no one is signed in yet, so there is no organization to cross.
  // A member's invitation is accepted by its secret token, not by its id.
  "signInAction",
  "signUpAction",
  "acceptInvitationAction",
  "signOutAction",
];

function sorted(names: string[]) {
  return [...new Set(names)].sort();
}

/** Source files that declare server actions, found by their directive. */
function serverActionFiles() {
  const declaresActions = (file: string) =>
    /\.tsx?$/.test(file) &&
    /^\s*["']use server["']/m.test(readFileSync(file, "utf8"));

  return ["app", "components", "lib"].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .map((file) => `${folder}/${file}`)
      .filter(declaresActions),
  );
}

describe("the sweep of server actions across organizations", () => {
  it("covers every action, or says why it is given no id", () => {
    const exported = Object.values(ACTION_MODULES).flatMap(Object.keys);
    const swept = sweep.map((c) => c.action);
    const noId = new Set<string>(TAKE_NO_TENANT_ID);

    expect(sorted(exported)).toEqual(sorted([...swept, ...TAKE_NO_TENANT_ID]));
    expect(swept.filter((name) => noId.has(name))).toEqual([]);
  });

  it("reads every module that declares server actions", () => {
    expect(sorted(serverActionFiles())).toEqual(
      sorted(Object.keys(ACTION_MODULES)),
    );
  });
});
