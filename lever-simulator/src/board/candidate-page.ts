import { html } from "hono/html";
import type { SimState } from "../state";
import type { FeedbackForm, Opportunity } from "../types";
import { candidateActions } from "./candidate-actions";
import { boardPage, formatTime } from "./layout";

/** One candidate, with everything an integration wrote to it. */
export function renderCandidate(state: SimState, o: Opportunity) {
  const posting = state.postings.find((p) => p.id === o.postingId);
  const stageText = (id: string) =>
    state.stages.find((s) => s.id === id)?.text ?? id;
  const userName = (id: string | null) =>
    id ? (state.users.find((u) => u.id === id)?.name ?? id) : "API (no user)";
  const forms = [...state.feedback.values()].filter(
    (f) => f.opportunityId === o.id,
  );
  const notes = state.notes.filter((n) => n.opportunityId === o.id);

  const body = html`<div class="layout">
    <nav>
      <a href="/?posting=${o.postingId}">← ${posting?.text ?? "Board"}</a>
    </nav>
    <main>
      <section>
        <h2>${o.name}</h2>
        <p class="muted">
          ${o.emails.join(", ")} · ${o.phone} · origin ${o.origin} · opportunity
          ${o.id}
        </p>
        <p>
          Stage:
          <strong>${stageText(o.stageId)}</strong>
          ${o.archived ? archivedNote(o.archived.archivedAt) : ""}
        </p>
        <p>
          Tags:
          ${
            o.tags.length
              ? o.tags.map((t) => html`<span class="tag">${t}</span>`)
              : html`<span class="muted">none</span>`
          }
        </p>
        ${candidateActions(state, o, `/candidates/${o.id}`)}
      </section>
      <section>
        <h2>Feedback forms (${forms.length})</h2>
        ${forms.map((f) => feedbackBlock(state, f, userName(f.userId)))}
      </section>
      <section>
        <h2>Notes (${notes.length})</h2>
        ${notes.map(
          (n) =>
            html`<div class="card">
              <div class="muted">
                ${userName(n.userId)} · ${formatTime(n.createdAt)}
              </div>
              <div>${n.value}</div>
            </div>`,
        )}
      </section>
      <section>
        <h2>Stage history</h2>
        <table>
          ${o.stageChanges.map(
            (s) =>
              html`<tr>
                <td>${formatTime(s.updatedAt)}</td>
                <td>${stageText(s.toStageId)}</td>
                <td>${userName(s.userId)}</td>
              </tr>`,
          )}
        </table>
      </section>
    </main>
  </div>`;
  return boardPage(o.name, body);
}

function feedbackBlock(state: SimState, form: FeedbackForm, author: string) {
  const template = state.feedbackTemplates.get(form.baseTemplateId);
  const rows = (template?.fields ?? []).map((field) => {
    const value = form.values.find((v) => v.id === field.id)?.value;
    const shown =
      typeof value === "string" ? value : JSON.stringify(value ?? null);
    return html`<tr>
      <th>${field.text}</th>
      <td>${shown}</td>
    </tr>`;
  });
  return html`<div class="card">
    <strong>${template?.text ?? "Unknown template"}</strong>
    <div class="muted">
      ${author} · completed ${formatTime(form.completedAt)}
    </div>
    <table>
      ${rows}
    </table>
  </div>`;
}

const archivedNote = (at: number) => html` · archived ${formatTime(at)}`;
