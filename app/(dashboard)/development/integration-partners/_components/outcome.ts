type Outcome = { tone: "error" | "success"; text: string };

const ERRORS: Record<string, string> = {
  denied:
    "Lever access was not granted: Deny was chosen on Lever's consent screen. Connect again and choose Accept to finish.",
  invalid_state:
    "That sign-in to Lever could not be matched to your Connect click (it expired or was already used). Please connect again.",
  signed_out:
    "Your Hallo session ended during the Lever sign-in. Sign in and connect again.",
  forbidden: "Only owners and admins can connect Lever.",
  account_taken:
    "This Lever account is already connected to another Hallo organization. Disconnect it there first.",
  lever_error: "Lever reported a problem with the sign-in. Please try again.",
  exchange_failed:
    "Lever did not complete the connection. Please try again in a moment.",
};

/** The message for the outcome of a Connect, passed in the query string. */
export function outcomeMessage(
  params: Record<string, string | undefined>,
): Outcome | null {
  if (params.connected) {
    return { tone: "success", text: "Lever is connected." };
  }
  if (params.disconnected !== undefined) {
    const left = Number(params.disconnected) || 0;
    return {
      tone: left > 0 ? "error" : "success",
      text:
        (left > 0
          ? `Disconnected, but ${left} webhook(s) could not be deleted in Lever. `
          : "Disconnected from Lever. ") +
        "To remove Hallo from Lever too, a Super Admin revokes it under Settings › Integrations and API › Authorized Apps.",
    };
  }
  const text = params.error ? ERRORS[params.error] : undefined;
  return text ? { tone: "error", text } : null;
}
