export async function register() {
  // Skipped during `next build` and in the edge runtime: only a serving
  // Node.js process migrates and works jobs.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startApp } = await import("@/lib/runtime/app-start");
  await startApp();
}
