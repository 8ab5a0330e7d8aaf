// Stands in for `server-only` under Vitest, which runs server code outside
// React's server environment.
export {};
