import { Mail, MailWarning } from "lucide-react";

/** Whether messages leave Hallo at all, and how to make them. */
export function SmtpNotice({
  server,
  from,
}: {
  server: string | null;
  from: string;
}) {
  if (server) {
    return (
      <p className="mb-6 flex items-start gap-2 text-sm text-slate-600">
        <Mail className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>
          Messages are sent through the SMTP server at{" "}
          <span className="font-mono">{server}</span>, from{" "}
          <span className="font-mono">{from}</span>.
        </span>
      </p>
    );
  }

  return (
    <div className="mb-6 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <MailWarning className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="grid gap-1">
        <p>
          No SMTP server is configured, so nothing is emailed: every message
          waits here with the status “In outbox”.
        </p>
        <p>
          To send email, set <code className="font-mono">SMTP_URL</code> (for
          example{" "}
          <code className="font-mono">
            smtp://user:password@smtp.example.com:587
          </code>
          , or <code className="font-mono">smtps://</code> for port 465) and{" "}
          <code className="font-mono">EMAIL_FROM</code>, then restart Hallo.
          Messages already in the outbox are not sent afterwards; open one to
          read it and copy the candidate’s link.
        </p>
      </div>
    </div>
  );
}
