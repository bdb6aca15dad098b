import { getCaller } from "@/lib/server/identity";
import { getSessionManager } from "@/lib/server/sessions/manager";
import { handle } from "@/lib/server/sessions/http";
import { sessionNotFound } from "@/lib/server/sessions/errors";

/** POST /api/sessions/:id/grade → {score, max, tasks}; stored on the attempt for signed-in users. */
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const caller = await getCaller();
    if (!caller) throw sessionNotFound();
    return (await getSessionManager()).grade(id, caller.ownerKey);
  });
}
