import { z } from "zod";
import { getCaller } from "@/lib/server/identity";
import { getSessionManager } from "@/lib/server/sessions/manager";
import { handle, readJson } from "@/lib/server/sessions/http";

const body = z.object({ lab: z.string().min(1).max(100) });

/** POST /api/sessions {lab} → {id, prompt}: a fresh session of a lab for the caller (guests get a cookie). */
export function POST(req: Request) {
  return handle(async () => {
    const { lab } = await readJson(req, body);
    const caller = (await getCaller({ create: true }))!;
    return (await getSessionManager()).create(caller.ownerKey, lab, caller.user?.id ?? null);
  });
}
