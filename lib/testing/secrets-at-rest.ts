import pg from "pg";

import { candidateToken } from "@/lib/invitations/links";
import { reportToken } from "@/lib/reports/links";

export type SecretKind =
  | "Lever access token"
  | "Lever refresh token"
  | "webhook signature token"
  | "invitation token"
  | "report token";

export type SecretsAtRest = {
  /** How many secrets of each kind were looked for. */
  checked: Record<SecretKind, number>;
  /** Where a secret was found in clear: kind and table, never the value. */
  leaks: string[];
};

type Secret = { kind: SecretKind; value: string };

type IssuedTokens = {
  accessTokens: string[];
  refreshTokens: string[];
  signatureTokens: string[];
};

/**
 * Dumps every row of every table as text and looks for each plaintext
 * secret the run handed out: the tokens Lever issued (from the
 * simulator), the webhook signature tokens, and the candidate and report
 * link tokens derived from the rows.
 */
export async function findSecretsAtRest(
  databaseUrl: string,
  simulatorUrl: string,
): Promise<SecretsAtRest> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const secrets = [
      ...(await leverSecrets(simulatorUrl)),
      ...(await linkSecrets(client)),
    ];
    const leaks: string[] = [];
    for (const [table, text] of await dumpTables(client)) {
      for (const secret of secrets) {
        if (text.includes(secret.value))
          leaks.push(`${secret.kind} in ${table}`);
      }
    }
    return { checked: countByKind(secrets), leaks: [...new Set(leaks)] };
  } finally {
    await client.end();
  }
}

async function leverSecrets(simulatorUrl: string): Promise<Secret[]> {
  const issued = (await adminGet(simulatorUrl, "/issued-tokens")) as {
    data: IssuedTokens;
  };
  return [
    ...issued.data.accessTokens.map((value) => ({
      kind: "Lever access token" as const,
      value,
    })),
    ...issued.data.refreshTokens.map((value) => ({
      kind: "Lever refresh token" as const,
      value,
    })),
    ...issued.data.signatureTokens.map((value) => ({
      kind: "webhook signature token" as const,
      value,
    })),
  ];
}

async function adminGet(simulatorUrl: string, path: string) {
  const response = await fetch(`${simulatorUrl}/_admin${path}`);
  if (!response.ok) throw new Error(`simulator ${path}: ${response.status}`);
  return response.json() as Promise<unknown>;
}

async function linkSecrets(client: pg.Client): Promise<Secret[]> {
  const invitations = await client.query<{ id: string; version: number }>(
    "select id, link_version as version from invitations",
  );
  const reports = await client.query<{ id: string }>(
    "select id from report_links",
  );
  return [
    ...invitations.rows.flatMap((row) =>
      // Every version the invitation has had: revoked links count too.
      Array.from({ length: row.version }, (_, index) => ({
        kind: "invitation token" as const,
        value: candidateToken({ id: row.id, linkVersion: index + 1 }),
      })),
    ),
    ...reports.rows.map((row) => ({
      kind: "report token" as const,
      value: reportToken(row.id),
    })),
  ];
}

async function dumpTables(client: pg.Client): Promise<[string, string][]> {
  const tables = await client.query<{ name: string }>(`
    select format('%I.%I', table_schema, table_name) as name
    from information_schema.tables
    where table_type = 'BASE TABLE'
      and table_schema not in ('pg_catalog', 'information_schema')`);

  const dumps: [string, string][] = [];
  for (const { name } of tables.rows) {
    const rows = await client.query<{ text: string | null }>(
      `select string_agg(t::text, E'\\n') as text from ${name} t`,
    );
    dumps.push([name, rows.rows[0]?.text ?? ""]);
  }
  return dumps;
}

function countByKind(secrets: Secret[]): Record<SecretKind, number> {
  const counts: Record<SecretKind, number> = {
    "Lever access token": 0,
    "Lever refresh token": 0,
    "webhook signature token": 0,
    "invitation token": 0,
    "report token": 0,
  };
  for (const secret of secrets) counts[secret.kind] += 1;
  return counts;
}
