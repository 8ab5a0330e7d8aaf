import { DatabaseError } from "pg";
import { describe, expect, it } from "vitest";

import { isConnectionLoss, isUniqueViolation } from "@/lib/db-errors";

function databaseError(code: string, message = "from PostgreSQL") {
  const error = new DatabaseError(message, 0, "error");
  error.code = code;
  return error;
}

function socketError(code: string) {
  return Object.assign(new Error(`connect ${code}`), { code });
}

describe("isConnectionLoss", () => {
  it("recognizes a shutdown, a refused start and a broken connection", () => {
    expect(isConnectionLoss(databaseError("57P01"))).toBe(true);
    expect(isConnectionLoss(databaseError("57P03"))).toBe(true);
    expect(isConnectionLoss(databaseError("08006"))).toBe(true);
    expect(isConnectionLoss(socketError("ECONNREFUSED"))).toBe(true);
    expect(
      isConnectionLoss(new Error("Connection terminated unexpectedly")),
    ).toBe(true);
  });

  it("looks through the causes a query wrapper adds", () => {
    const wrapped = new Error("Failed query: select 1", {
      cause: databaseError("57P01"),
    });

    expect(isConnectionLoss(wrapped)).toBe(true);
  });

  it("leaves a wrong statement or a constraint alone", () => {
    const unique = databaseError("23505");

    expect(isConnectionLoss(unique)).toBe(false);
    expect(isUniqueViolation(unique)).toBe(true);
    expect(isConnectionLoss(databaseError("42P01"))).toBe(false);
    expect(isConnectionLoss(new Error("boom"))).toBe(false);
    expect(isConnectionLoss("a string")).toBe(false);
  });
});
