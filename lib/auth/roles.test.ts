import { describe, expect, it } from "vitest";

import {
  canManage,
  grantableRoles,
  memberChangeProblem,
} from "@/lib/auth/roles";

describe("canManage", () => {
  it("lets owners and admins manage, not members", () => {
    expect(canManage("owner")).toBe(true);
    expect(canManage("admin")).toBe(true);
    expect(canManage("member")).toBe(false);
  });
});

describe("grantableRoles", () => {
  it("lets only owners make owners", () => {
    expect(grantableRoles("owner")).toEqual(["owner", "admin", "member"]);
    expect(grantableRoles("admin")).toEqual(["admin", "member"]);
    expect(grantableRoles("member")).toEqual([]);
  });
});

describe("memberChangeProblem", () => {
  it("refuses any change by a member", () => {
    const problem = memberChangeProblem({
      actor: "member",
      target: "member",
      next: "admin",
      ownerCount: 1,
    });
    expect(problem).toMatch(/Only owners and admins/);
  });

  it("refuses an admin touching an owner", () => {
    expect(
      memberChangeProblem({ actor: "admin", target: "owner", ownerCount: 2 }),
    ).toMatch(/Only an owner can change or remove another owner/);
  });

  it("refuses an admin promoting someone to owner", () => {
    expect(
      memberChangeProblem({
        actor: "admin",
        target: "member",
        next: "owner",
        ownerCount: 1,
      }),
    ).toMatch(/Only an owner can make someone an owner/);
  });

  it("keeps the last owner", () => {
    expect(
      memberChangeProblem({ actor: "owner", target: "owner", ownerCount: 1 }),
    ).toMatch(/last owner cannot be removed/);
    expect(
      memberChangeProblem({
        actor: "owner",
        target: "owner",
        next: "admin",
        ownerCount: 1,
      }),
    ).toMatch(/last owner cannot be demoted/);
  });

  it("allows removing one of two owners", () => {
    expect(
      memberChangeProblem({ actor: "owner", target: "owner", ownerCount: 2 }),
    ).toBeNull();
  });

  it("allows an admin to manage members and admins", () => {
    expect(
      memberChangeProblem({
        actor: "admin",
        target: "member",
        next: "admin",
        ownerCount: 1,
      }),
    ).toBeNull();
    expect(
      memberChangeProblem({ actor: "admin", target: "admin", ownerCount: 1 }),
    ).toBeNull();
  });
});
