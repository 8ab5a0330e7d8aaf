import { html, raw } from "hono/html";

const styles = `
  * { box-sizing: border-box; }
  body { font-family: system-ui, sans-serif; margin: 0; color: #1f2933;
    background: #f4f5f7; font-size: 14px; }
  header { background: #1e293b; color: #fff; padding: .8rem 1.5rem;
    display: flex; align-items: center; gap: 1rem; }
  header a { color: #fff; text-decoration: none; font-weight: 600; }
  .badge { background: #fde68a; color: #78350f; border-radius: 999px;
    padding: .1rem .55rem; font-size: .75rem; font-weight: 600; }
  .layout { display: grid; grid-template-columns: 16rem 1fr; gap: 1.25rem;
    padding: 1.25rem 1.5rem; }
  nav a { display: block; padding: .35rem .5rem; border-radius: 6px;
    color: inherit; text-decoration: none; }
  nav a.active { background: #dbeafe; font-weight: 600; }
  .muted { color: #6b7280; font-size: .8rem; }
  section { background: #fff; border-radius: 8px; padding: 1rem 1.25rem;
    margin-bottom: 1.25rem; box-shadow: 0 1px 3px rgba(0,0,0,.06); }
  h2 { font-size: 1.05rem; margin: 0 0 .75rem; }
  h3 { font-size: .9rem; margin: 1rem 0 .4rem; color: #374151; }
  .stages { display: flex; gap: .75rem; overflow-x: auto;
    padding-bottom: .5rem; }
  .stage { min-width: 15rem; background: #f8fafc; border-radius: 8px;
    padding: .6rem; }
  .card { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px;
    padding: .5rem .6rem; margin-bottom: .5rem; }
  .card.archived { opacity: .6; }
  .tag { display: inline-block; background: #e0e7ff; border-radius: 4px;
    padding: 0 .35rem; margin: .1rem .15rem 0 0; font-size: .75rem; }
  form.inline { display: inline-flex; gap: .25rem; margin: .25rem .25rem 0 0; }
  select, button { font-size: .8rem; padding: .2rem .4rem; }
  button { border: 1px solid #cbd5e1; background: #fff; border-radius: 4px;
    cursor: pointer; }
  button.danger { color: #b91c1c; }
  table { border-collapse: collapse; width: 100%; font-size: .8rem; }
  td, th { text-align: left; padding: .3rem .4rem;
    border-bottom: 1px solid #eef0f3; }
  .ok { color: #047857; } .fail { color: #b91c1c; }
`;

export function boardPage(title: string, body: unknown) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Lever simulator</title>
        <style>
          ${raw(styles)}
        </style>
      </head>
      <body>
        <header>
          <span class="badge">LOCAL LEVER SIMULATOR</span>
          <a href="/">Board</a>
          <span class="muted"
            >Not the real Lever: in-memory data, resets on restart</span
          >
        </header>
        ${body}
      </body>
    </html>`;
}

export const formatTime = (ms: number) =>
  new Date(ms).toISOString().replace("T", " ").slice(0, 19);
