import type { ApiClient, WriteOptions } from "../engine/client";

/**
 * A client whose writes report the API server's warnings (PodSecurity `warn`, unknown fields under
 * `--validate=warn`, namespaces whose pods break a new enforce level) the way kubectl prints them:
 * `Warning: <text>` on stderr.
 */
export function withWarnings(client: ApiClient, warn: (text: string) => void): ApiClient {
  const onWarning = (w: string) => warn(`Warning: ${w}\n`);
  const add = (opts?: WriteOptions): WriteOptions => ({ ...opts, onWarning });
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "create") return (obj: Parameters<ApiClient["create"]>[0], opts?: WriteOptions) => target.create(obj, add(opts));
      if (prop === "update") return (obj: Parameters<ApiClient["update"]>[0], opts?: WriteOptions) => target.update(obj, add(opts));
      if (prop === "patch") return (...a: Parameters<ApiClient["patch"]>) => target.patch(a[0], a[1], a[2], a[3], a[4], add(a[5]));
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
