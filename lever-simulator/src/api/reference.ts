import { Hono } from "hono";
import type { SimContext } from "../context";
import { notFound } from "../errors";
import { queryFlag, queryList } from "../http";
import { paginate } from "../pagination";
import { presentUser } from "../present";
import { requireScope, type ApiEnv } from "./auth";

/** Stages, users, archive reasons and tags: account reference data. */
export function createStageRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  app.use("*", requireScope("stages", "read"));
  app.get("/", (c) => c.json(paginate(c, ctx.state.stages)));
  app.get("/:id", (c) => {
    const stage = ctx.state.stages.find((s) => s.id === c.req.param("id"));
    if (!stage) throw notFound("stages", c.req.param("id"));
    return c.json({ data: stage });
  });
  return app;
}

export function createUserRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  app.use("*", requireScope("users", "read"));

  app.get("/", (c) => {
    const roles = queryList(c, "accessRole");
    const email = c.req.query("email");
    const withDeactivated = queryFlag(c, "includeDeactivated") ?? false;
    const users = ctx.state.users.filter(
      (u) =>
        (withDeactivated || u.deactivatedAt === null) &&
        (roles.length === 0 || roles.includes(u.accessRole)) &&
        (!email || u.email === email.toLowerCase()),
    );
    return c.json(paginate(c, users.map(presentUser)));
  });

  app.get("/:id", (c) => {
    const user = ctx.state.users.find((u) => u.id === c.req.param("id"));
    if (!user) throw notFound("User", c.req.param("id"));
    return c.json({ data: presentUser(user) });
  });
  return app;
}

export function createArchiveReasonRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  app.use("*", requireScope("archive_reasons", "read"));
  app.get("/", (c) => c.json(paginate(c, ctx.state.archiveReasons)));
  return app;
}

export function createTagRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  app.use("*", requireScope("tags", "read"));
  app.get("/", (c) => {
    const counts = new Map<string, number>();
    for (const o of ctx.state.opportunities.values()) {
      for (const tag of o.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    const tags = [...counts].map(([text, count]) => ({ text, count }));
    return c.json({ data: tags, hasNext: false });
  });
  return app;
}
