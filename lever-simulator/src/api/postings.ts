import { Hono } from "hono";
import type { SimContext } from "../context";
import { badRequest, notFound } from "../errors";
import { queryList } from "../http";
import { paginate } from "../pagination";
import { presentPosting } from "../present";
import type { Posting } from "../types";
import { requireScope, type ApiEnv } from "./auth";

const states = [
  "published",
  "internal",
  "closed",
  "draft",
  "pending",
  "rejected",
];
const channels = ["public", "internal"];

export function createPostingRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  app.use("*", requireScope("postings", "read"));

  app.get("/", (c) => {
    const filter = readPostingFilter((name) => queryList(c, name));
    const postings = ctx.state.postings.filter((p) => matches(p, filter));
    const page = paginate(
      c,
      postings.map((p) => presentPosting(ctx, p)),
    );
    return c.json(page);
  });

  app.get("/:id", (c) => {
    const posting = ctx.state.postings.find((p) => p.id === c.req.param("id"));
    if (!posting) throw notFound("Posting", c.req.param("id"));
    return c.json({ data: presentPosting(ctx, posting) });
  });
  return app;
}

interface PostingFilter {
  states: string[];
  channels: string[];
  categories: [keyof Posting, string[]][];
  tags: string[];
  publishedMeansPublic: boolean;
}

function readPostingFilter(list: (name: string) => string[]): PostingFilter {
  const filter: PostingFilter = {
    states: list("state"),
    channels: list("distributionChannel"),
    categories: (["team", "department", "location", "commitment"] as const).map(
      (name) => [name, list(name)],
    ),
    tags: list("tag"),
    publishedMeansPublic: false,
  };
  const badState = filter.states.find((s) => !states.includes(s));
  if (badState) throw badRequest(`Invalid state ${badState}`);
  const badChannel = filter.channels.find((s) => !channels.includes(s));
  if (badChannel) throw badRequest(`Invalid distributionChannel ${badChannel}`);

  // Lever: a bare state=published means "on the public job site".
  filter.publishedMeansPublic =
    filter.states.includes("published") && filter.channels.length === 0;
  return filter;
}

function matches(posting: Posting, filter: PostingFilter): boolean {
  if (filter.states.length && !filter.states.includes(posting.state)) {
    return false;
  }
  const channelHit = posting.distributionChannels.some((ch) =>
    filter.channels.includes(ch),
  );
  if (filter.channels.length && !channelHit) return false;
  const isPublic = posting.distributionChannels.includes("public");
  if (filter.publishedMeansPublic && posting.state === "published") {
    if (!isPublic) return false;
  }
  if (
    filter.tags.length &&
    !posting.tags.some((t) => filter.tags.includes(t))
  ) {
    return false;
  }
  return filter.categories.every(
    ([key, values]) =>
      values.length === 0 || values.includes(String(posting[key])),
  );
}
