import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { currentViewer } from "@/lib/auth/session";

import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create your organization" };

export default async function SignUpPage() {
  if (await currentViewer()) redirect("/overview");

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Create your organization</h1>
        <p className="text-sm text-slate-600">
          You will be its owner and can invite your team afterwards.
        </p>
      </div>
      <SignUpForm />
      <p className="text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
