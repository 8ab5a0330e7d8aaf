import Link from "next/link";

import { PageHeader } from "@/components/dashboard/page-header";
import { Button } from "@/components/ui/button";

export default function ReportNotFound() {
  return (
    <>
      <PageHeader
        title="No report here"
        description="Either this candidate has no result yet, or there is no such candidate in your organization."
      />
      <Button asChild variant="secondary">
        <Link href="/candidates">Back to Candidates</Link>
      </Button>
    </>
  );
}
