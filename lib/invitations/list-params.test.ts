import { describe, expect, it } from "vitest";

import { invitationStatus } from "@/db/schema";
import {
  DEFAULT_LIST_PARAMS,
  hasFilters,
  INVITATION_STATUSES,
  listParamsToSearch,
  parseListParams,
} from "@/lib/invitations/list-params";

const parse = (query: string) => parseListParams(new URLSearchParams(query));

function refusal(query: string) {
  try {
    parse(query);
  } catch (error) {
    return error;
  }
  throw new Error(`"${query}" was accepted`);
}

describe("Candidates list parameters", () => {
  it("defaults to the newest 25 with no filters", () => {
    expect(parse("")).toEqual({
      status: [],
      sort: "createdAt",
      order: "desc",
      page: 1,
      pageSize: 25,
    });
    expect(hasFilters(DEFAULT_LIST_PARAMS)).toBe(false);
  });

  it("reads every filter, with statuses repeated or comma-separated", () => {
    const params = parse(
      "posting=p1&stage=s1&assessment=0b6f9a3e-4f1e-4c1a-9a57-3c2d0c5e8f10" +
        "&status=sent,opened&status=failed&from=2025-01-01&to=2025-01-31" +
        "&q=%20ada%20&sort=candidateName&order=asc&page=3&pageSize=50",
    );

    expect(params).toEqual({
      posting: "p1",
      stage: "s1",
      assessment: "0b6f9a3e-4f1e-4c1a-9a57-3c2d0c5e8f10",
      status: ["sent", "opened", "failed"],
      from: "2025-01-01",
      to: "2025-01-31",
      q: "ada",
      sort: "candidateName",
      order: "asc",
      page: 3,
      pageSize: 50,
    });
    expect(hasFilters(params)).toBe(true);
  });

  it("treats empty values as unset", () => {
    expect(parse("posting=&status=&q=%20%20&page=")).toEqual(
      DEFAULT_LIST_PARAMS,
    );
  });

  it.each([
    ["pageSize=500", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["page=-1", "page"],
    ["page=two", "page"],
    ["sort=password", "sort"],
    ["order=sideways", "order"],
    ["status=sent,lost", "status"],
    ["assessment=not-a-uuid", "assessment"],
    ["from=2025-13-01", "from"],
    ["from=2025-02-01&to=2025-01-01", "to"],
  ])("answers %s with a 400 naming %s", (query, field) => {
    const error = refusal(query);

    expect(error).toMatchObject({
      code: "bad_request",
      status: 400,
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect((error as Error).message).toContain(field);
  });

  it("writes a canonical query string that reads back the same", () => {
    const params = parse("status=opened&q=ada&status=created&order=asc");

    const search = listParamsToSearch(params);

    expect(search.toString()).toBe(
      "status=created&status=opened&q=ada&order=asc",
    );
    expect(parseListParams(search)).toEqual(params);
    expect(listParamsToSearch(DEFAULT_LIST_PARAMS).toString()).toBe("");
  });

  it("knows the same statuses as the database", () => {
    expect([...INVITATION_STATUSES]).toEqual(invitationStatus.enumValues);
  });
});
