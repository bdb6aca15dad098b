import type { KubeObject } from "../api/types";
import { StatusError } from "../api/errors";
import type { KindStrategy } from "../registry/strategy";

/**
 * The API server's version handling around its storage: a request at a version other than the
 * storage version is converted on the way in (`toStorage`) and every object leaves as the version
 * asked for (`fromStorage`). Models the codec pair of apiserver's RequestScope (decode to the hub,
 * encode to the request's GroupVersion).
 */

export const toStorage = (s: KindStrategy, obj: KubeObject): KubeObject => (s.toStorage ? s.toStorage(obj) : obj);

export const served = (s: KindStrategy, obj: KubeObject): KubeObject => (s.fromStorage ? s.fromStorage(obj) : obj);

/** A group/version the server does not serve: the mux's bare 404, as kubectl prints it. */
export function notServed(): StatusError {
  return new StatusError({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "the server could not find the requested resource", reason: "NotFound", details: {}, code: 404 });
}
