import { z } from "zod";
import { getPrisma } from "../db";
import { hashPassword, passwordProblems, weakPasswordMessage } from "./password";
import { roleFor } from "./roles";

export const registerInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  password: z.string(),
  name: z.string().trim().max(100).optional(),
});

export type RegisterResult = { ok: true; id: string; role: string } | { ok: false; status: number; error: string };

export async function registerUser(input: unknown): Promise<RegisterResult> {
  const parsed = registerInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0].message };
  const { email, password, name } = parsed.data;
  const problems = passwordProblems(password);
  if (problems.length) return { ok: false, status: 400, error: weakPasswordMessage(problems) };
  const db = getPrisma();
  if (await db.user.findUnique({ where: { email } })) return { ok: false, status: 409, error: "An account with this email already exists." };
  const user = await db.user.create({ data: { email, name: name || null, passwordHash: await hashPassword(password), role: roleFor(email, await db.user.count()) } });
  return { ok: true, id: user.id, role: user.role };
}
