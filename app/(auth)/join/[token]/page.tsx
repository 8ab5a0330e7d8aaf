import type { Metadata } from "next";
import Link from "next/link";

import { Alert } from "@/components/ui/alert";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { INVITATION_PROBLEMS, lookUpInvitation } from "@/lib/members/join";

import { JoinForm } from "./_components/join-form";

export const metadata: Metadata = {
  title: "Join your team",
  robots: { index: false, follow: false },
};

export default async function JoinPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const found = await lookUpInvitation(token);

  if ("problem" in found) {
    return (
      <div className="grid gap-4">
        <h1 className="text-xl font-semibold">Invitation unavailable</h1>
        <Alert>{INVITATION_PROBLEMS[found.problem]}</Alert>
        <Link href="/sign-in" className="text-sm text-brand-700 underline">
          Go to sign in
        </Link>
      </div>
    );
  }

  const { invitation } = found;
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">
          Join {invitation.organizationName}
        </h1>
        <p className="text-sm text-slate-600">
          You were invited as {ROLE_LABELS[invitation.role as Role]}. Choose
          your name and a password to finish.
        </p>
      </div>
      <JoinForm token={token} email={invitation.email} />
    </div>
  );
}
