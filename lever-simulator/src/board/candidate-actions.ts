import { html } from "hono/html";
import type { SimState } from "../state";
import type { Opportunity } from "../types";

/** Plain forms that post back to the board and return to `back`. */
export function candidateActions(
  state: SimState,
  o: Opportunity,
  back: string,
) {
  const action = (verb: string) => `/board/opportunities/${o.id}/${verb}`;
  const stageOptions = state.stages.map(
    (s) =>
      html`<option value="${s.id}" ${s.id === o.stageId ? "selected" : ""}>
        ${s.text}
      </option>`,
  );
  const archiveVerb = o.archived ? "unarchive" : "archive";
  return html`<div>
    <form class="inline" method="post" action="${action("stage")}">
      <input type="hidden" name="back" value="${back}" />
      <select name="stage" aria-label="Stage for ${o.name}">
        ${stageOptions}
      </select>
      <button>Move</button>
    </form>
    <form class="inline" method="post" action="${action(archiveVerb)}">
      <input type="hidden" name="back" value="${back}" />
      <button>${o.archived ? "Unarchive" : "Archive"}</button>
    </form>
    <form class="inline" method="post" action="${action("delete")}">
      <input type="hidden" name="back" value="/?posting=${o.postingId}" />
      <button class="danger">Delete</button>
    </form>
  </div>`;
}
