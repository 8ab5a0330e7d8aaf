import { ensureDatabase, startEmbeddedPostgres } from "@/db/embedded";
import type { Env } from "@/lib/env";

export type ResolvedDatabase = {
  url: string;
  /** Connection string of the same server's maintenance database. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
};

/**
 * The database the app should use: DATABASE_URL when set, otherwise an
 * embedded PostgreSQL whose files live in the data folder.
 */
export async function resolveDatabase(
  env: Env,
  options: { dataSubdir?: string; port?: number; database?: string } = {},
  log: (message: string) => void = () => {},
): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    const admin = new URL(env.DATABASE_URL);
    admin.pathname = "/postgres";
    return {
      url: env.DATABASE_URL,
      adminUrl: admin.toString(),
      embedded: false,
      stop: async () => {},
    };
  }

  const server = await startEmbeddedPostgres({
    dataDir: options.dataSubdir
      ? `${env.DATA_DIR}/${options.dataSubdir}`
      : env.DATA_DIR,
    port: options.port ?? env.EMBEDDED_POSTGRES_PORT,
    log,
  });
  const name = options.database ?? "hallo";
  await ensureDatabase(server.adminUrl, name);
  return {
    url: server.urlFor(name),
    adminUrl: server.adminUrl,
    embedded: true,
    stop: server.stop,
  };
}
