import { CopyField } from "@/components/forms/copy-field";

/** The invitation link, read-only and one click from the clipboard. */
export function CopyLink({ link }: { link: string }) {
  return (
    <CopyField
      label="Invitation link"
      value={link}
      hint="Send this link to the person you invited. It is shown only now."
    />
  );
}
