import { describe, expect, it } from "vitest";

import {
  hashPassword,
  passwordProblem,
  verifyPassword,
} from "@/lib/auth/password";

describe("passwordProblem", () => {
  it("refuses passwords under ten characters", () => {
    expect(passwordProblem("Xk2!pQ9z")).toMatch(/at least 10 characters/);
  });

  it("refuses long but common passwords", () => {
    expect(passwordProblem("password123")).toMatch(/too easy to guess/);
    expect(passwordProblem("qwertyuiop")).toMatch(/too easy to guess/);
  });

  it("refuses a password built from the person's own name and email", () => {
    const personal = ["zofia.kwiatkowska@harbour.example", "Zofia Kwiatkowska"];

    expect(passwordProblem("kwiatkowskazofia")).toBeNull();
    expect(passwordProblem("kwiatkowskazofia", personal)).toMatch(
      /too easy to guess/,
    );
  });

  it("accepts a phrase of unrelated words", () => {
    expect(passwordProblem("violet-harbour-lantern-42")).toBeNull();
  });

  it("refuses absurdly long input", () => {
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
  });
});

describe("password hashing", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("violet-harbour-lantern-42");

    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "violet-harbour-lantern-42")).toBe(true);
    expect(await verifyPassword(hash, "violet-harbour-lantern-43")).toBe(false);
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
