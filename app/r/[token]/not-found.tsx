import { Logo } from "@/components/brand/logo";

export default function ReportLinkNotFound() {
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div className="flex max-w-md flex-col items-center gap-4 text-center">
        <Logo />
        <h1 className="text-2xl font-semibold">This link no longer works</h1>
        <p className="text-slate-600">
          The report link was revoked, has expired, or was copied incompletely.
          Ask the recruiting team in Lever for a new link; the latest one is in
          the candidate’s feedback form.
        </p>
      </div>
    </main>
  );
}
