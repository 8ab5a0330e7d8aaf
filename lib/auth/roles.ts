export const ROLES = ["owner", "admin", "member"] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
};

/** Owners and admins run the organization; members read. */
export function canManage(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Owners and admins review results, and members made reviewers. */
export function canReview(role: Role, reviewer: boolean): boolean {
  return canManage(role) || reviewer;
}

/** Which roles this person may hand out by invitation or role change. */
export function grantableRoles(actor: Role): Role[] {
  if (actor === "owner") return ["owner", "admin", "member"];
  if (actor === "admin") return ["admin", "member"];
  return [];
}

type MemberChange = {
  actor: Role;
  target: Role;
  /** The role asked for; undefined when the member is being removed. */
  next?: Role;
  /** How many owners the organization has right now. */
  ownerCount: number;
};

/**
 * Why a role change or removal is refused, or null when it is allowed.
 * Admins cannot touch owners, and the last owner can be neither demoted
 * nor removed, so every organization keeps someone who can manage it.
 */
export function memberChangeProblem(change: MemberChange): string | null {
  const { actor, target, next, ownerCount } = change;

  if (!canManage(actor)) return "Only owners and admins can manage members.";
  if (target === "owner" && actor !== "owner") {
    return "Only an owner can change or remove another owner.";
  }
  if (next && !grantableRoles(actor).includes(next)) {
    return "Only an owner can make someone an owner.";
  }

  const losesOwner = target === "owner" && next !== "owner";
  if (losesOwner && ownerCount <= 1) {
    return next
      ? "The last owner cannot be demoted. Make someone else an owner first."
      : "The last owner cannot be removed. Make someone else an owner first.";
  }
  return null;
}
