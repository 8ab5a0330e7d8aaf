import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { isReviewer } from "@/lib/results/access";
import {
  listReviewQueue,
  REVIEW_PAGE_SIZE,
  REVIEW_TABS,
  type ReviewTab,
} from "@/lib/results/queue";

import { ReviewQueueTable } from "./_components/review-queue-table";
import { ReviewTabs } from "./_components/review-tabs";

export const metadata: Metadata = { title: "Reviews" };

type Props = { searchParams: Promise<{ tab?: string | string[] }> };

const DESCRIPTIONS: Record<ReviewTab, string> = {
  waiting: `Results a person must finish or confirm, oldest first. Up to ${REVIEW_PAGE_SIZE} are shown.`,
  scored: `Final results, newest first, to amend when a score needs correcting. Up to ${REVIEW_PAGE_SIZE} are shown.`,
};

export default async function ReviewsPage({ searchParams }: Props) {
  const scope = scopeOf(await requireViewer());
  if (!(await isReviewer(scope))) notFound();

  const requested = (await searchParams).tab;
  const tab = REVIEW_TABS.find((name) => name === requested) ?? REVIEW_TABS[0];
  const items = await listReviewQueue(scope, tab);

  return (
    <>
      <PageHeader
        title="Reviews"
        description="Listen to the answers, read the writing and set the scores. Saving makes the result final and sends it to Lever."
      />
      <ReviewTabs current={tab} />
      <Card>
        <CardHeader>
          <CardTitle>
            {tab === "waiting" ? "Waiting for review" : "All scored"}
          </CardTitle>
          <CardDescription>{DESCRIPTIONS[tab]}</CardDescription>
        </CardHeader>
        <ReviewQueueTable items={items} tab={tab} />
      </Card>
    </>
  );
}
