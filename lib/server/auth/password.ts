import bcrypt from "bcryptjs";

/** What a password lacks, in words a person can act on; empty when it is acceptable. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push("at least 8 characters");
  if (!/[A-Za-z]/.test(password)) problems.push("a letter");
  if (!/\d/.test(password)) problems.push("a digit");
  if (password.length > 200) problems.push("at most 200 characters");
  return problems;
}

export function weakPasswordMessage(problems: string[]): string {
  return `Password is too weak: it needs ${problems.join(", ")}.`;
}

export const hashPassword = (password: string) => bcrypt.hash(password, 10);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
