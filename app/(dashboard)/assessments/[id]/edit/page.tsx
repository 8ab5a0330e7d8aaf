import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import { findAssessment } from "@/lib/assessments/queries";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";

import { AssessmentForm } from "../../_components/assessment-form";

export const metadata: Metadata = { title: "Edit assessment" };

type Props = { params: Promise<{ id: string }> };

export default async function EditAssessmentPage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const assessment = await findAssessment(scopeOf(viewer), id);
  if (!assessment) notFound();
  if (!canManage(viewer.role) || assessment.archivedAt) {
    redirect(`/assessments/${id}`);
  }

  return (
    <>
      <PageHeader
        title={`Edit ${assessment.name}`}
        description="Changes apply to invitations sent from now on."
      />
      <AssessmentForm initial={assessment} />
    </>
  );
}
