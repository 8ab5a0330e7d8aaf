import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type AppRoute = {
  /** A concrete path, with every dynamic segment filled with a stand-in. */
  path: string;
  kind: "page" | "route";
  /** For route handlers, the HTTP methods the file exports. */
  methods: string[];
};

const APP_DIR = path.join(process.cwd(), "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

// An id of the right shape that belongs to nobody, so a guard that only
// checked the shape would still be caught handing something out.
const STAND_IN = "00000000-0000-4000-8000-000000000000";

/** Every page and route handler under app/, found from the files. */
export function listAppRoutes(): AppRoute[] {
  return walk(APP_DIR).flatMap((file) => {
    const name = path.basename(file);
    if (name !== "page.tsx" && name !== "route.ts") return [];
    const kind = name === "page.tsx" ? "page" : "route";
    return [
      {
        path: urlPath(path.relative(APP_DIR, path.dirname(file))),
        kind,
        methods: kind === "route" ? exportedMethods(file) : ["GET"],
      },
    ];
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry.startsWith("_")) return [];
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function urlPath(relative: string): string {
  const segments = relative
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => {
      if (segment.startsWith("[...") || segment.startsWith("[[..."))
        return "anything";
      return segment.startsWith("[") ? STAND_IN : segment;
    });
  return `/${segments.join("/")}`;
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return METHODS.filter((method) =>
    new RegExp(
      `export\\s+(async\\s+)?(function|const)\\s+${method}\\b|export\\s+const\\s+\\{[^}]*\\b${method}\\b`,
    ).test(source),
  );
}
