import "server-only";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { auth } from "@/lib/auth/auth";
import { SIGN_IN_PATH } from "@/lib/auth/config";
import type { Scope } from "@/lib/auth/scope";

export type Viewer = Scope & {
  name: string;
  email: string;
  organizationName: string;
};

/**
 * Who is signed in, read fresh from the database on every request so that
 * a removed member or a changed role takes effect at once, not when the
 * session cookie expires.
 */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;

  const [row] = await db()
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      role: memberships.role,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
});

/** The viewer, or a redirect to sign-in for pages and actions. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(SIGN_IN_PATH);
  return viewer;
}

export function scopeOf(viewer: Viewer): Scope {
  return {
    userId: viewer.userId,
    organizationId: viewer.organizationId,
    role: viewer.role,
  };
}
