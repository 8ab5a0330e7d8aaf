import Link from "next/link";

import { PageHeader } from "@/components/dashboard/page-header";
import { Button } from "@/components/ui/button";

export default function CandidateNotFound() {
  return (
    <>
      <PageHeader
        title="Candidate not found"
        description="There is no such candidate in your organization. It may have been typed wrongly, or belong to another organization."
      />
      <Button asChild variant="secondary">
        <Link href="/candidates">Back to Candidates</Link>
      </Button>
    </>
  );
}
