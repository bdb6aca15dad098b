import { ZodError, type ZodType } from "zod";
import { ApiError } from "./errors";

/** Parses a JSON body against a schema, turning every failure into a 400 with a clear message. */
export async function readJson<T>(req: Request, schema: ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new ApiError(400, "request body must be JSON");
  }
  const r = schema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    if (issue.path.length === 0) throw new ApiError(400, "request body must be a JSON object");
    throw new ApiError(400, `${issue.path.join(".")}: ${issue.message}`);
  }
  return r.data;
}

/** Wraps a route handler: ApiErrors become their status, anything else a 500 without internals. */
export async function handle(fn: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await fn());
  } catch (e) {
    if (e instanceof ApiError) return Response.json({ error: e.message }, { status: e.status });
    if (e instanceof ZodError) return Response.json({ error: e.issues[0]?.message ?? "invalid request" }, { status: 400 });
    console.error("kubelab: unexpected error", e instanceof Error ? e.message : e);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
}
