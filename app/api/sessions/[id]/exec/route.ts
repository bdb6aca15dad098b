import { z } from "zod";
import { getCaller } from "@/lib/server/identity";
import { getSessionManager } from "@/lib/server/sessions/manager";
import { handle, readJson } from "@/lib/server/sessions/http";
import { sessionNotFound } from "@/lib/server/sessions/errors";

const body = z.object({ command: z.string().max(4096, "command is longer than 4096 characters") });

/** POST /api/sessions/:id/exec {command} → {stdout, stderr, exitCode, prompt, editor?}. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const { command } = await readJson(req, body);
    const caller = await getCaller();
    if (!caller) throw sessionNotFound();
    return (await getSessionManager()).exec(id, caller.ownerKey, command);
  });
}
