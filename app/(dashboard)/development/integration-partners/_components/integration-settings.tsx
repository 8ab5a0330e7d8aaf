import Link from "next/link";

import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { RuleForm } from "@/components/rules/rule-form";
import { RulesTable } from "@/components/rules/rules-table";
import type { AssessmentChoice } from "@/lib/rules/choices";
import type { Rule } from "@/lib/rules/rules";

type Props = {
  rules: Rule[];
  assessments: AssessmentChoice[];
  manager: boolean;
};

/** The section Lever's help article calls "Lever Integration Settings". */
export function IntegrationSettings({ rules, assessments, manager }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Lever Integration Settings</CardTitle>
        <CardDescription>
          When a candidate on the job posting reaches the trigger stage in
          Lever, Hallo invites them to the assessment.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-8">
        {manager ? (
          assessments.length > 0 ? (
            <RuleForm assessments={assessments} />
          ) : (
            <p className="text-sm text-slate-600">
              Create an assessment first on the{" "}
              <Link href="/assessments" className="text-brand-700 underline">
                Assessments
              </Link>{" "}
              page, then add a rule for it here.
            </p>
          )
        ) : null}
        <div className="grid gap-3">
          <h3 className="text-sm font-medium">Assessment rules</h3>
          <RulesTable
            rules={rules}
            assessments={assessments}
            manager={manager}
          />
        </div>
      </CardContent>
    </Card>
  );
}
