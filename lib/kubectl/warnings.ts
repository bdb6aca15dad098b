import type { ApiClient, ReadOptions, WriteOptions } from "../engine/client";

/**
 * A client whose writes report the API server's warnings (PodSecurity `warn`, unknown fields under
 * `--validate=warn`, namespaces whose pods break a new enforce level) the way kubectl prints them:
 * `Warning: <text>` on stderr.
 */
export function withWarnings(client: ApiClient, warn: (text: string) => void): ApiClient {
  // kubectl's warning writer prints each distinct warning once per invocation.
  const seen = new Set<string>();
  const onWarning = (w: string) => {
    if (seen.has(w)) return;
    seen.add(w);
    warn(`Warning: ${w}\n`);
  };
  const add = <T extends ReadOptions>(opts?: T): T => ({ ...opts, onWarning }) as T;
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "get") return (...a: Parameters<ApiClient["get"]>) => target.get(a[0], a[1], a[2], add(a[3]));
      if (prop === "list") return (...a: Parameters<ApiClient["list"]>) => target.list(a[0], a[1], add(a[2]));
      if (prop === "delete") return (...a: Parameters<ApiClient["delete"]>) => target.delete(a[0], a[1], a[2], add(a[3]));
      if (prop === "create") return (obj: Parameters<ApiClient["create"]>[0], opts?: WriteOptions) => target.create(obj, add(opts));
      if (prop === "update") return (obj: Parameters<ApiClient["update"]>[0], opts?: WriteOptions) => target.update(obj, add(opts));
      if (prop === "patch") return (...a: Parameters<ApiClient["patch"]>) => target.patch(a[0], a[1], a[2], a[3], a[4], add(a[5]));
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
