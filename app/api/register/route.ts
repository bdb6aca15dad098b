import { registerUser } from "@/lib/server/auth/register";
import { ApiError } from "@/lib/server/sessions/errors";
import { handle } from "@/lib/server/sessions/http";

/** POST /api/register {email, password, name?} → {id}; 400 weak/invalid, 409 taken. */
export function POST(req: Request) {
  return handle(async () => {
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      throw new ApiError(400, "request body must be JSON");
    }
    const r = await registerUser(body);
    if (!r.ok) throw new ApiError(r.status, r.error);
    return { id: r.id, role: r.role };
  });
}
