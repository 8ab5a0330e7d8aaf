import type { SimContext } from "./context";
import type {
  FeedbackForm,
  FeedbackTemplate,
  Note,
  Opportunity,
  Posting,
  User,
} from "./types";

/** Wire shapes: internal records turned into Lever's JSON objects. */
export function presentOpportunity(
  ctx: SimContext,
  o: Opportunity,
  expand: Set<string> = new Set(),
) {
  const stage = ctx.state.stages.find((s) => s.id === o.stageId);
  return {
    id: o.id,
    name: o.name,
    headline: o.headline,
    contact: o.contactId,
    emails: o.emails,
    phones: [{ type: "mobile", value: o.phone }],
    confidentiality: "non-confidential",
    location: o.location,
    links: [],
    stage: expand.has("stage") && stage ? stage : o.stageId,
    stageChanges: o.stageChanges,
    archived: o.archived,
    tags: o.tags,
    sources: o.sources,
    origin: o.origin,
    sourcedBy: o.origin === "sourced" ? o.ownerId : null,
    owner: o.ownerId,
    followers: [o.ownerId],
    applications: expand.has("applications")
      ? [presentApplication(ctx, o)]
      : [o.applicationId],
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    lastInteractionAt: o.lastInteractionAt,
    lastAdvancedAt: o.lastAdvancedAt,
    snoozedUntil: null,
    urls: {
      list: `${ctx.baseUrl}/`,
      show: `${ctx.baseUrl}/candidates/${o.id}`,
    },
    dataProtection: null,
    isAnonymized: false,
  };
}

export function presentApplication(ctx: SimContext, o: Opportunity) {
  const posting = ctx.state.postings.find((p) => p.id === o.postingId);
  return {
    id: o.applicationId,
    opportunityId: o.id,
    candidateId: o.id,
    type: "posting",
    posting: o.postingId,
    postingOwner: posting?.ownerId ?? null,
    postingHiringManager: posting?.hiringManagerId ?? null,
    user: null,
    name: o.name,
    email: o.emails[0] ?? null,
    phone: { type: "mobile", value: o.phone },
    createdAt: o.createdAt,
    archived: o.archived,
    customQuestions: [],
  };
}

export function presentPosting(ctx: SimContext, p: Posting) {
  return {
    id: p.id,
    text: p.text,
    state: p.state,
    distributionChannels: p.distributionChannels,
    confidentiality: "non-confidential",
    user: p.ownerId,
    owner: p.ownerId,
    hiringManager: p.hiringManagerId,
    categories: {
      team: p.team,
      department: p.department,
      location: p.location,
      allLocations: [p.location],
      commitment: p.commitment,
    },
    tags: p.tags,
    content: {
      description: p.description,
      descriptionHtml: `<div>${p.description}</div>`,
      lists: [],
      closing: "",
      closingHtml: "",
    },
    country: p.country,
    followers: [p.ownerId],
    requisitionCodes: [],
    workplaceType: p.workplaceType,
    urls: {
      list: `${ctx.baseUrl}/`,
      show: `${ctx.baseUrl}/?posting=${p.id}`,
    },
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function presentUser(u: User) {
  return {
    id: u.id,
    name: u.name,
    username: u.username,
    email: u.email,
    accessRole: u.accessRole,
    photo: null,
    createdAt: u.createdAt,
    deactivatedAt: u.deactivatedAt,
    externalDirectoryId: null,
    linkedContactIds: [],
    jobTitle: u.jobTitle,
    managerId: null,
  };
}

export function presentTemplate(t: FeedbackTemplate) {
  return {
    id: t.id,
    text: t.text,
    instructions: t.instructions,
    group: t.group,
    stage: null,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    fields: t.fields,
  };
}

export function presentFeedback(template: FeedbackTemplate, f: FeedbackForm) {
  const fields = template.fields.map((field) => ({
    ...field,
    value: f.values.find((v) => v.id === field.id)?.value ?? null,
  }));
  return {
    id: f.id,
    type: "interview",
    text: template.text,
    instructions: template.instructions,
    baseTemplateId: f.baseTemplateId,
    user: f.userId,
    panel: null,
    interview: null,
    fields,
    createdAt: f.createdAt,
    completedAt: f.completedAt,
    updatedAt: f.updatedAt,
    deletedAt: null,
  };
}

export function presentNote(n: Note) {
  return {
    id: n.id,
    text: "Note",
    fields: [{ type: "note", text: "Note", value: n.value }],
    user: n.userId,
    secret: n.secret,
    score: n.score,
    completedAt: n.createdAt,
    createdAt: n.createdAt,
    deletedAt: null,
  };
}
