import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import { canManage } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/session";

import { AssessmentForm } from "../_components/assessment-form";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage() {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) redirect("/assessments");

  return (
    <>
      <PageHeader
        title="New assessment"
        description="Describe the situations of the job: each task is a scenario the candidate answers by speaking or writing."
      />
      <AssessmentForm
        initial={{
          name: "",
          description: "",
          language: "en-GB",
          targetLevel: "B2",
          validityDays: 7,
          tasks: [],
        }}
      />
    </>
  );
}
