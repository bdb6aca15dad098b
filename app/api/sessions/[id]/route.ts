import { getCaller } from "@/lib/server/identity";
import { getSessionManager } from "@/lib/server/sessions/manager";
import { handle } from "@/lib/server/sessions/http";
import { sessionNotFound } from "@/lib/server/sessions/errors";

/** GET /api/sessions/:id → {id, lab, prompt, host} for the caller's own session. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const caller = await getCaller();
    if (!caller) throw sessionNotFound();
    return (await getSessionManager()).info(id, caller.ownerKey);
  });
}
