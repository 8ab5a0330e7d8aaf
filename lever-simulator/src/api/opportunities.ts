import { Hono, type Context } from "hono";
import { z } from "zod";
import {
  changeTags,
  findOpportunity,
  moveStage,
  setArchived,
} from "../actions";
import type { SimContext } from "../context";
import { queryFlag, queryList, readJson } from "../http";
import { paginate } from "../pagination";
import { presentOpportunity } from "../present";
import type { Opportunity } from "../types";
import { readPerformAs, requireScope, type ApiEnv } from "./auth";

const stageBody = z.object({ stage: z.string().min(1) });
const archivedBody = z.object({ reason: z.string().min(1).nullable() });
const tagsBody = z.object({ tags: z.array(z.string()).min(1) });

export function createOpportunityRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  const read = requireScope("opportunities", "read");
  const write = requireScope("opportunities", "write");
  const expandOf = (c: Context) => new Set(queryList(c, "expand"));

  app.get("/", read, (c) => {
    const matching = listOpportunities(ctx, c);
    const expand = expandOf(c);
    const data = matching.map((o) => presentOpportunity(ctx, o, expand));
    return c.json(paginate(c, data));
  });

  app.get("/:id", read, (c) => {
    const opportunity = findOpportunity(ctx, c.req.param("id"));
    return c.json({ data: presentOpportunity(ctx, opportunity, expandOf(c)) });
  });

  app.put("/:id/stage", write, async (c) => {
    const userId = readPerformAs(ctx, c, { required: false });
    findOpportunity(ctx, c.req.param("id"));
    const body = await readJson(c, stageBody);
    const opportunity = moveStage(ctx, {
      opportunityId: c.req.param("id"),
      stageId: body.stage,
      userId,
      via: "api",
    });
    return c.json({ data: presentOpportunity(ctx, opportunity) });
  });

  app.put("/:id/archived", write, async (c) => {
    readPerformAs(ctx, c, { required: false });
    findOpportunity(ctx, c.req.param("id"));
    const body = await readJson(c, archivedBody);
    const opportunity = setArchived(ctx, c.req.param("id"), body.reason);
    return c.json({ data: presentOpportunity(ctx, opportunity) });
  });

  for (const action of ["add", "remove"] as const) {
    app.post(`/:id/${action}Tags`, write, async (c) => {
      const userId = readPerformAs(ctx, c, { required: false });
      findOpportunity(ctx, c.req.param("id"));
      const body = await readJson(c, tagsBody);
      const opportunity = changeTags(ctx, {
        opportunityId: c.req.param("id"),
        tags: body.tags,
        action,
        userId,
      });
      return c.json({ data: presentOpportunity(ctx, opportunity) });
    });
  }
  return app;
}

function listOpportunities(ctx: SimContext, c: Context): Opportunity[] {
  const stages = queryList(c, "stage_id");
  const postings = queryList(c, "posting_id");
  const tags = queryList(c, "tag");
  const origins = queryList(c, "origin");
  const archived = queryFlag(c, "archived");
  const email = c.req.query("email")?.toLowerCase();
  const contact = c.req.query("contact_id");

  return [...ctx.state.opportunities.values()].filter(
    (o) =>
      (stages.length === 0 || stages.includes(o.stageId)) &&
      (postings.length === 0 || postings.includes(o.postingId)) &&
      (tags.length === 0 || o.tags.some((t) => tags.includes(t))) &&
      (origins.length === 0 || origins.includes(o.origin)) &&
      (archived === undefined || (o.archived !== null) === archived) &&
      (!email || o.emails.includes(email)) &&
      (!contact || o.contactId === contact),
  );
}
