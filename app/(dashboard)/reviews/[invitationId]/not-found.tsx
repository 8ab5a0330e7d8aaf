import Link from "next/link";

import { PageHeader } from "@/components/dashboard/page-header";
import { Button } from "@/components/ui/button";

export default function ReviewNotFound() {
  return (
    <>
      <PageHeader
        title="Result not found"
        description="There is no such result for you to review. It may not be scored yet, belong to another organization, or you may not be a reviewer."
      />
      <Button asChild variant="secondary">
        <Link href="/overview">Back to the overview</Link>
      </Button>
    </>
  );
}
