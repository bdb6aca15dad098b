import { z } from "zod";
import { getCaller } from "@/lib/server/identity";
import { getSessionManager } from "@/lib/server/sessions/manager";
import { handle, readJson } from "@/lib/server/sessions/http";
import { sessionNotFound } from "@/lib/server/sessions/errors";

const body = z.object({ line: z.string().max(4096, "line is longer than 4096 characters"), cursor: z.number().int().min(0).max(4096).optional() });

/** POST /api/sessions/:id/complete {line, cursor?} → {start, end, candidates, replacement}. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const { line, cursor } = await readJson(req, body);
    const caller = await getCaller();
    if (!caller) throw sessionNotFound();
    return (await getSessionManager()).complete(id, caller.ownerKey, line, cursor);
  });
}
