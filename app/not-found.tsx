import Link from "next/link";

import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div className="flex max-w-sm flex-col items-center gap-4 text-center">
        <Logo />
        <h1 className="text-2xl font-semibold">Page not found</h1>
        <p className="text-slate-600">
          The page you asked for does not exist, or you do not have access to
          it.
        </p>
        <Button asChild variant="secondary">
          <Link href="/">Go to Hallo</Link>
        </Button>
      </div>
    </main>
  );
}
