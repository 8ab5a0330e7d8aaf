import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import { TaskAnswer } from "@/components/reports/task-answer";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { findReport } from "@/lib/reports/report";
import { isReviewer } from "@/lib/results/access";

import { ReviewForm } from "../_components/review-form";
import { reviewDraft } from "../_components/review-draft";

export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ invitationId: string }> };

export default async function ReviewPage({ params }: Props) {
  const scope = scopeOf(await requireViewer());
  if (!(await isReviewer(scope))) notFound();
  const report = await findReport(scope, (await params).invitationId);
  if (!report) notFound();

  const { result } = report;
  const mediaBase = `/api/reviews/${report.invitationId}/audio`;
  const waiting = result.status === "needs_review";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/reviews" className="hover:underline">
          Reviews
        </Link>
      </nav>
      <PageHeader
        title={report.candidateName ?? "Deleted candidate"}
        description={`${report.assessmentName} · ${report.language ?? "unknown language"} · version ${result.version}, scored by ${result.scorerName} ${result.scorerVersion}.`}
        actions={
          <Link
            href={`/candidates/${report.invitationId}`}
            className="text-sm font-medium text-brand-700 underline"
          >
            Candidate and timeline
          </Link>
        }
      />
      {waiting ? (
        <section
          aria-labelledby="review-reasons"
          className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <h2 id="review-reasons" className="font-medium">
            Why this needs a reviewer
          </h2>
          <ul className="list-disc pl-5">
            {result.reviewReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mb-6 text-sm text-slate-600">
          This result is final. Saving an amendment adds a new version and
          updates the feedback form already in Lever.
        </p>
      )}
      <ReviewForm
        {...reviewDraft(report)}
        answers={report.tasks.map((task) => (
          <TaskAnswer key={task.id} task={task} mediaBase={mediaBase} />
        ))}
      />
    </>
  );
}
