/** Calls one of the candidate page's routes; throws the server's message. */
export async function callCandidateApi<T = unknown>(
  token: string,
  path: string,
  body?: unknown,
  options: { query?: Record<string, string>; raw?: Blob } = {},
): Promise<T> {
  const search = options.query ? `?${new URLSearchParams(options.query)}` : "";
  const response = await fetch(`/api/a/${token}/${path}${search}`, {
    method: "POST",
    // A redirect here is never an answer (a proxy sending to sign-in).
    redirect: "error",
    headers: options.raw ? {} : { "content-type": "application/json" },
    body: options.raw ?? JSON.stringify(body ?? {}),
  });
  const answer = (await response.json().catch(() => ({}))) as {
    message?: string;
  };
  if (!response.ok) {
    throw new Error(answer.message ?? "The connection failed. Try again.");
  }
  return answer as T;
}
