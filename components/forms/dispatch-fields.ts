import { startTransition } from "react";

/**
 * Runs a form action from a button or a select rather than a form: wraps
 * `fields` in FormData and dispatches it inside a transition.
 */
export function dispatchFields(
  dispatch: (form: FormData) => void,
  fields: Record<string, string>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  startTransition(() => dispatch(form));
}
