import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { currentViewer } from "@/lib/auth/session";

import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  if (await currentViewer()) redirect("/overview");
  const { callbackUrl } = await searchParams;

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-sm text-slate-600">
          Welcome back. Sign in to manage your assessments.
        </p>
      </div>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-600">
        New to Hallo?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline">
          Create an organization
        </Link>
      </p>
    </div>
  );
}
