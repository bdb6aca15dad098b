import { z } from "zod";
import { getCaller } from "@/lib/server/identity";
import { getSessionManager } from "@/lib/server/sessions/manager";
import { handle, readJson } from "@/lib/server/sessions/http";
import { ApiError, sessionNotFound } from "@/lib/server/sessions/errors";

const location = z.object({
  node: z.string().min(1).max(63),
  path: z.string().startsWith("/", "path must be absolute").max(4096),
});

function query(req: Request) {
  const url = new URL(req.url);
  const r = location.safeParse({ node: url.searchParams.get("node") ?? "", path: url.searchParams.get("path") ?? "" });
  if (!r.success) throw new ApiError(400, `${r.error.issues[0].path.join(".")}: ${r.error.issues[0].message}`);
  return r.data;
}

/** GET /api/sessions/:id/files?node=&path= → {content}. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const { node, path } = query(req);
    const caller = await getCaller();
    if (!caller) throw sessionNotFound();
    return (await getSessionManager()).readFile(id, caller.ownerKey, node, path);
  });
}

/** PUT /api/sessions/:id/files?node=&path= {content} → {saved: true}. */
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const { node, path } = query(req);
    const { content } = await readJson(req, z.object({ content: z.string() }));
    const caller = await getCaller();
    if (!caller) throw sessionNotFound();
    return (await getSessionManager()).writeFile(id, caller.ownerKey, node, path, content);
  });
}
