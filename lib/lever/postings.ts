// Lever's posting states that still take candidates: published (on the
// public site, the internal board, or both) and internal, which Lever's
// UI calls "unlisted".
export const OPEN_POSTING_STATES = ["published", "internal"];

// A bare `state=published` filter returns only public postings; asking for
// both channels returns every published one.
export const BOTH_CHANNELS = ["public", "internal"];

export function isOpenPosting(state: string | null | undefined): boolean {
  return (
    state !== null && state !== undefined && OPEN_POSTING_STATES.includes(state)
  );
}
