import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: "student" | "instructor";
}

/** The signed-in user, or null for a guest. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user as { id?: string; email?: string | null; name?: string | null; role?: string } | undefined;
  if (!u?.id || !u.email) return null;
  return { id: u.id, email: u.email, name: u.name ?? null, role: u.role === "instructor" ? "instructor" : "student" };
}
