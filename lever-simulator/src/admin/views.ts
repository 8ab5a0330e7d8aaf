import type { SimContext } from "../context";
import { presentFeedback, presentNote, presentTemplate } from "../present";

/** Ids a test or script needs to drive the simulator. */
export function describeSeed(ctx: SimContext) {
  const { state } = ctx;
  return {
    account: state.account,
    postings: state.postings.map((p) => ({
      id: p.id,
      text: p.text,
      state: p.state,
      distributionChannels: p.distributionChannels,
    })),
    stages: state.stages,
    archiveReasons: state.archiveReasons,
    users: state.users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      accessRole: u.accessRole,
      deactivated: u.deactivatedAt !== null,
    })),
    opportunities: [...state.opportunities.values()].map((o) => ({
      id: o.id,
      name: o.name,
      contactId: o.contactId,
      postingId: o.postingId,
      stageId: o.stageId,
      archived: o.archived !== null,
    })),
    feedbackTemplates: [...state.feedbackTemplates.values()].map((t) => ({
      id: t.id,
      text: t.text,
    })),
    clients: ctx.options.clients.map((k) => ({
      clientId: k.clientId,
      redirectUris: k.redirectUris,
    })),
  };
}

/** Everything clients have written or caused, for assertions. */
export function describeWrites(ctx: SimContext) {
  const { state } = ctx;
  const feedback = [...state.feedback.values()].flatMap((form) => {
    const template = state.feedbackTemplates.get(form.baseTemplateId);
    if (!template) return [];
    return [
      { opportunityId: form.opportunityId, ...presentFeedback(template, form) },
    ];
  });
  return {
    feedbackTemplates: [...state.feedbackTemplates.values()]
      .filter((t) => t.createdVia === "api")
      .map((t) => ({ ...presentTemplate(t), deletedAt: t.deletedAt })),
    feedback,
    notes: state.notes.map((n) => ({
      opportunityId: n.opportunityId,
      ...presentNote(n),
    })),
    tagChanges: state.tagChanges,
    stageMoves: state.stageMoves,
    deletedOpportunities: state.deleted.map((d) => ({
      id: d.opportunity.id,
      deletedBy: d.deletedBy,
      deletedAt: d.deletedAt,
    })),
    webhooks: [...state.webhooks.values()],
    eventGroups: state.eventGroups,
    deliveries: state.deliveries,
    requestCounts: Object.fromEntries(state.requestCounts),
    statusCounts: Object.fromEntries(state.statusCounts),
    grants: [...state.oauth.grants.values()],
  };
}
