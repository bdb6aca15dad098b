import type { Status, StatusReason } from "./types";

/**
 * A failed API call. Carries the exact `Status` a real API server would return, so kubectl can print
 * `Error from server (NotFound): pods "web" not found` byte for byte.
 */
export class StatusError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = "StatusError";
  }
  get reason(): StatusReason {
    return this.status.reason;
  }
  get code(): number {
    return this.status.code;
  }
}

function statusError(code: number, reason: StatusReason, message: string, details?: Status["details"]): StatusError {
  return new StatusError({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, details, code });
}

/** `resource` is the plural resource with its group, e.g. `pods` or `deployments.apps`. */
export const notFound = (resource: string, name: string) =>
  statusError(404, "NotFound", `${resource} "${name}" not found`, { name, kind: resource.split(".")[0] });

export const alreadyExists = (resource: string, name: string) =>
  statusError(409, "AlreadyExists", `${resource} "${name}" already exists`, { name, kind: resource.split(".")[0] });

export const conflict = (resource: string, name: string, why: string) =>
  statusError(409, "Conflict", `Operation cannot be fulfilled on ${resource} "${name}": ${why}`, { name, kind: resource.split(".")[0] });

export interface FieldCause {
  field: string;
  reason: string;
  message: string;
}

/** `kind` is the Kind (e.g. `Pod`), as in `Pod "x" is invalid: spec.containers[0].image: Required value`. */
export function invalid(kind: string, name: string, causes: FieldCause[]): StatusError {
  const parts = causes.map((c) => `${c.field}: ${c.message}`);
  const body = parts.length === 1 ? parts[0] : `[${parts.join(", ")}]`;
  return statusError(422, "Invalid", `${kind} "${name}" is invalid: ${body}`, {
    name,
    kind,
    causes: causes.map((c) => ({ reason: c.reason, message: c.message, field: c.field })),
  });
}

export const forbidden = (message: string, details?: Status["details"]) => statusError(403, "Forbidden", message, details);
export const unauthorized = (message = "Unauthorized") => statusError(401, "Unauthorized", message);
export const badRequest = (message: string) => statusError(400, "BadRequest", message);
export const methodNotAllowed = (message: string) => statusError(405, "MethodNotAllowed", message);
export const internalError = (message: string) => statusError(500, "InternalError", message);

export function isStatusError(e: unknown, reason?: StatusReason): e is StatusError {
  return e instanceof StatusError && (reason === undefined || e.reason === reason);
}
