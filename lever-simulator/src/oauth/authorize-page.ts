import { html, raw } from "hono/html";
import type { User } from "../types";
import type { AuthorizeRequest } from "./authorize-request";

const styles = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7;
    color: #1f2933; margin: 0; }
  main { max-width: 34rem; margin: 4rem auto; background: #fff;
    border-radius: 10px; padding: 2rem 2.25rem;
    box-shadow: 0 2px 12px rgba(0,0,0,.08); }
  .badge { display: inline-block; font-size: .75rem; background: #fde68a;
    color: #78350f; padding: .15rem .5rem; border-radius: 999px; }
  h1 { font-size: 1.35rem; margin: .75rem 0 1rem; }
  ul { padding-left: 1.2rem; } li { margin: .2rem 0; }
  code { background: #f1f3f5; padding: .05rem .3rem; border-radius: 4px; }
  label { display: block; font-weight: 600; margin: 1.25rem 0 .35rem; }
  select { width: 100%; padding: .45rem; font-size: 1rem; }
  .actions { display: flex; gap: .75rem; margin-top: 1.5rem; }
  button { font-size: 1rem; padding: .55rem 1.3rem; border-radius: 6px;
    border: 1px solid #cbd2d9; background: #fff; cursor: pointer; }
  button.accept { background: #2563eb; border-color: #2563eb; color: #fff; }
  .error { color: #9b1c1c; }
`;

function page(title: string, body: unknown) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${raw(styles)}
        </style>
      </head>
      <body>
        <main>
          <span class="badge">Local Lever simulator</span>
          ${body}
        </main>
      </body>
    </html>`;
}

export function renderConsentPage(
  request: AuthorizeRequest,
  params: Record<string, string>,
  users: User[],
  defaultUserId: string,
) {
  const hidden = Object.entries(params).map(
    ([name, value]) =>
      html`<input type="hidden" name="${name}" value="${value}" />`,
  );
  const options = users.map(
    (u) =>
      html`<option value="${u.id}" ${u.id === defaultUserId ? "selected" : ""}>
        ${u.name} (${u.accessRole})
      </option>`,
  );
  return page(
    "Authorize app",
    html`<h1>${request.client.name} wants to access your Lever account</h1>
      <p>It asks for these permissions:</p>
      <ul>
        ${request.scopes.map((s) => html`<li><code>${s}</code></li>`)}
      </ul>
      <form method="post" action="/oauth/authorize">
        ${hidden}
        <label for="user_id">Signed in as</label>
        <select id="user_id" name="user_id">
          ${options}
        </select>
        <div class="actions">
          <button class="accept" name="decision" value="accept">Accept</button>
          <button name="decision" value="deny">Deny</button>
        </div>
      </form>`,
  );
}

export function renderErrorPage(message: string) {
  return page(
    "Authorization error",
    html`<h1 class="error">This authorization request is invalid</h1>
      <p>${message}</p>`,
  );
}
