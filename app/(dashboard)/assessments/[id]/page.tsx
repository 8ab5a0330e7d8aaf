import { Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { findAssessment } from "@/lib/assessments/queries";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";

import {
  ArchiveButton,
  DuplicateButton,
  RestoreButton,
} from "../_components/assessment-actions";
import { AssessmentFacts } from "../_components/assessment-facts";
import { TaskList } from "../_components/task-list";

export const metadata: Metadata = { title: "Assessment" };

type Props = { params: Promise<{ id: string }> };

export default async function AssessmentPage({ params }: Props) {
  const viewer = await requireViewer();
  const assessment = await findAssessment(scopeOf(viewer), (await params).id);
  if (!assessment) notFound();
  const manager = canManage(viewer.role);
  const archived = Boolean(assessment.archivedAt);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/assessments" className="hover:underline">
          Assessments
        </Link>
      </nav>
      <PageHeader
        title={assessment.name}
        description={assessment.description || undefined}
        actions={
          manager ? (
            <div className="flex flex-wrap gap-2">
              {archived ? null : (
                <Button asChild>
                  <Link href={`/assessments/${assessment.id}/edit`}>
                    <Pencil aria-hidden />
                    Edit
                  </Link>
                </Button>
              )}
              <DuplicateButton assessmentId={assessment.id} />
              {archived ? (
                <RestoreButton assessmentId={assessment.id} />
              ) : (
                <ArchiveButton
                  assessmentId={assessment.id}
                  name={assessment.name}
                />
              )}
            </div>
          ) : null
        }
      />
      {archived ? (
        <p className="mb-6">
          <Badge>Archived</Badge>{" "}
          <span className="text-sm text-slate-600">
            Rules cannot invite candidates to this assessment until it is
            restored.
          </span>
        </p>
      ) : null}
      <AssessmentFacts assessment={assessment} />
      <TaskList tasks={assessment.tasks} language={assessment.language} />
    </>
  );
}
