import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// zxcvbn scores 0-4; 3 means "safely unguessable" against online attacks.
const MIN_STRENGTH = 3;

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  personal: string[] = [],
): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  }

  const result = strength.check(password, personalWords(personal));
  if (result.score >= MIN_STRENGTH) return null;

  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return `This password is too easy to guess.${hint ? ` ${hint}` : ""}`;
}

// "ada.brandt@harbour.example" also yields "ada", "brandt" and "harbour",
// so a password made from a name or an email is recognised.
function personalWords(personal: string[]): string[] {
  const parts = personal.flatMap((value) => value.split(/[^\p{L}\p{N}]+/u));
  return [...personal, ...parts].filter((word) => word.length >= 3);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(
  passwordHash: string,
  password: string,
): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist keeps the
// answer time the same, so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hash("decoy password that matches nothing");
  await verify(await decoyHash, password).catch(() => false);
  return false;
}
