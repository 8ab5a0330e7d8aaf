import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import { findOpportunity } from "../actions";
import type { SimContext } from "../context";
import { badRequest } from "../errors";
import { readJson } from "../http";
import { paginate } from "../pagination";
import { presentNote } from "../present";
import { readPerformAs, requireScope, type ApiEnv } from "./auth";

const noteBody = z.object({
  value: z.string().min(1),
  secret: z.boolean().optional(),
  score: z.number().int().min(1).max(4).optional(),
  notifyFollowers: z.boolean().optional(),
  createdAt: z.number().int().optional(),
});

export function createNoteRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();

  app.get("/:id/notes", requireScope("notes", "read"), (c) => {
    const opportunity = findOpportunity(ctx, c.req.param("id"));
    const notes = ctx.state.notes
      .filter((n) => n.opportunityId === opportunity.id)
      .map(presentNote);
    return c.json(paginate(c, notes));
  });

  app.post("/:id/notes", requireScope("notes", "write"), async (c) => {
    const opportunity = findOpportunity(ctx, c.req.param("id"));
    const userId = readPerformAs(ctx, c, { required: false });
    const body = await readJson(c, noteBody);
    const now = Date.now();
    if (body.createdAt !== undefined && body.createdAt > now) {
      throw badRequest("createdAt must be in the past");
    }

    const note = {
      id: randomUUID(),
      opportunityId: opportunity.id,
      userId,
      value: body.value,
      secret: body.secret ?? false,
      score: body.score ?? null,
      createdAt: body.createdAt ?? now,
    };
    ctx.state.notes.push(note);
    return c.json({ data: { noteId: note.id } }, 201);
  });
  return app;
}
