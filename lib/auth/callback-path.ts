/**
 * The path to return to after sign-in, if it stays on this site. Anything
 * that could leave it (`//evil.example`, `https://...`, `/\evil`) is dropped.
 */
export function safeCallbackPath(value: string | null | undefined) {
  if (!value || !value.startsWith("/")) return null;
  if (value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f]/.test(value)) return null;
  return value;
}
