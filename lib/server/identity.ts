import { cookies } from "next/headers";
import { randomUUID } from "node:crypto";
import { getCurrentUser, type CurrentUser } from "./auth/current-user";

export const GUEST_COOKIE = "kubelab_guest";

export interface Caller {
  /** Owner key stored on sessions: the user id, or `guest:<cookie id>`. */
  ownerKey: string;
  user: CurrentUser | null;
}

/** Who is calling. Guests get a random, httpOnly cookie the first time `create` is true. */
export async function getCaller(opts: { create?: boolean } = {}): Promise<Caller | null> {
  const user = await getCurrentUser();
  if (user) return { ownerKey: user.id, user };
  const jar = await cookies();
  let guest = jar.get(GUEST_COOKIE)?.value;
  if (guest && !/^[0-9a-f-]{36}$/.test(guest)) guest = undefined;
  if (!guest) {
    if (!opts.create) return null;
    guest = randomUUID();
    jar.set(GUEST_COOKIE, guest, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 30 });
  }
  return { ownerKey: `guest:${guest}`, user: null };
}
