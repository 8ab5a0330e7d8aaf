import { Hono, type Context } from "hono";
import { deleteOpportunity, moveStage, setArchived } from "../actions";
import type { SimContext } from "../context";
import { webhookEvents } from "../types";
import { renderBoard } from "./board-page";
import { renderCandidate } from "./candidate-page";

/** The recruiter-facing UI: HTML pages and plain form posts. */
export function createBoardRoutes(ctx: SimContext) {
  const app = new Hono();
  const superAdminId = () =>
    ctx.state.users.find((u) => u.accessRole === "super admin")?.id ?? null;

  app.get("/", (c) => {
    const wanted = c.req.query("posting");
    const selected =
      ctx.state.postings.find((p) => p.id === wanted) ?? ctx.state.postings[0];
    return c.html(renderBoard(ctx.state, selected));
  });

  app.get("/candidates/:id", (c) => {
    const opportunity = ctx.state.opportunities.get(c.req.param("id"));
    if (!opportunity) return c.redirect("/", 303);
    return c.html(renderCandidate(ctx.state, opportunity));
  });

  app.post("/board/opportunities/:id/:verb", async (c) => {
    const form = await c.req.parseBody();
    const id = c.req.param("id");
    const verb = c.req.param("verb");
    if (verb === "stage" && typeof form.stage === "string") {
      moveStage(ctx, {
        opportunityId: id,
        stageId: form.stage,
        userId: superAdminId(),
        via: "board",
      });
    } else if (verb === "archive") {
      const reason = ctx.state.archiveReasons.find((r) => r.status !== "hired");
      setArchived(ctx, id, reason?.id ?? null);
    } else if (verb === "unarchive") {
      setArchived(ctx, id, null);
    } else if (verb === "delete") {
      deleteOpportunity(ctx, id, superAdminId());
    }
    return goBack(c, form.back);
  });

  app.post("/board/event-groups/:event", async (c) => {
    const form = await c.req.parseBody();
    const event = webhookEvents.find((e) => e === c.req.param("event"));
    if (event) ctx.state.eventGroups[event] = form.enabled === "true";
    return goBack(c, c.req.header("referer"));
  });
  return app;
}

/** Only same-site paths, so the form cannot bounce elsewhere. */
function goBack(c: Context, back: unknown) {
  const raw = typeof back === "string" ? back : "/";
  const path = raw.startsWith("http")
    ? new URL(raw).pathname + new URL(raw).search
    : raw;
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  return c.redirect(safe, 303);
}
