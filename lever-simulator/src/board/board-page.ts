import { html } from "hono/html";
import type { SimState } from "../state";
import type { Opportunity, Posting } from "../types";
import { candidateActions } from "./candidate-actions";
import { boardPage, formatTime } from "./layout";

export function renderBoard(state: SimState, selected: Posting | undefined) {
  const body = html`<div class="layout">
    <nav>
      <h3>Postings</h3>
      ${state.postings.map((p) => postingLink(state, p, p.id === selected?.id))}
      ${eventGroupToggles(state)}
    </nav>
    <main>
      ${selected ? postingBoard(state, selected) : ""} ${deliveryTable(state)}
    </main>
  </div>`;
  return boardPage(selected?.text ?? "Board", body);
}

function postingLink(state: SimState, posting: Posting, active: boolean) {
  const count = candidatesOf(state, posting).length;
  return html`<a
    href="/?posting=${posting.id}"
    class="${active ? "active" : ""}"
  >
    ${posting.text}
    <div class="muted">
      ${posting.state} · ${posting.location} · ${count} candidates
    </div>
  </a>`;
}

function candidatesOf(state: SimState, posting: Posting): Opportunity[] {
  return [...state.opportunities.values()].filter(
    (o) => o.postingId === posting.id,
  );
}

function postingBoard(state: SimState, posting: Posting) {
  const candidates = candidatesOf(state, posting);
  const back = `/?posting=${posting.id}`;
  const columns = state.stages.map((stage) => {
    const here = candidates.filter((o) => o.stageId === stage.id);
    return html`<div class="stage">
      <h3>${stage.text} <span class="muted">(${here.length})</span></h3>
      ${here.map((o) => candidateCard(state, o, back))}
    </div>`;
  });
  return html`<section>
    <h2>${posting.text}</h2>
    <p class="muted">
      ${posting.team} · ${posting.commitment} · channels:
      ${posting.distributionChannels.join(", ") || "none"}
    </p>
    <div class="stages">${columns}</div>
  </section>`;
}

function candidateCard(state: SimState, o: Opportunity, back: string) {
  return html`<div class="card ${o.archived ? "archived" : ""}">
    <a href="/candidates/${o.id}"><strong>${o.name}</strong></a>
    ${o.archived ? html`<span class="tag">archived</span>` : ""}
    <div class="muted">${o.emails[0] ?? ""}</div>
    <div>${o.tags.map((t) => html`<span class="tag">${t}</span>`)}</div>
    ${candidateActions(state, o, back)}
  </div>`;
}

function eventGroupToggles(state: SimState) {
  const rows = Object.entries(state.eventGroups).map(
    ([event, enabled]) =>
      html`<form method="post" action="/board/event-groups/${event}">
        <input
          type="hidden"
          name="enabled"
          value="${enabled ? "false" : "true"}"
        />
        <button title="Switch ${enabled ? "off" : "on"}">
          ${enabled ? "ON" : "OFF"}
        </button>
        ${event}
      </form>`,
  );
  return html`<h3>Webhook event groups</h3>
    <p class="muted">Off until a Super Admin switches them on, as in Lever.</p>
    ${rows}`;
}

function deliveryTable(state: SimState) {
  const recent = state.deliveries.slice(-30).reverse();
  const rows = recent.map(
    (d) =>
      html`<tr>
        <td>${formatTime(d.at)}</td>
        <td>${d.event}</td>
        <td>${d.url}</td>
        <td>#${d.attempt}</td>
        <td class="${d.ok ? "ok" : "fail"}">${d.status ?? d.error}</td>
        <td>${d.durationMs} ms</td>
      </tr>`,
  );
  return html`<section>
    <h2>Recent webhook delivery attempts</h2>
    ${
      recent.length === 0
        ? html`<p class="muted">No deliveries yet.</p>`
        : html`<table>
            <tr>
              <th>Time</th>
              <th>Event</th>
              <th>URL</th>
              <th>Attempt</th>
              <th>Result</th>
              <th>Duration</th>
            </tr>
            ${rows}
          </table>`
    }
  </section>`;
}
