import type { KubeObject } from "../api/types";

/** Freezes an object graph so a shared, cached object cannot be changed by a caller by mistake. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Parsed, frozen copies of stored objects, shared between the read-only lists controllers take on
 * every tick (`ApiServer.listView`). An entry is reused only while the stored bytes are the same
 * string, so a history rewritten by an etcd restore can never serve stale content. The cluster
 * drops the cache after each `advance`, so an idle cluster holds no second copy of its objects.
 */
export class ParsedCache {
  private entries = new Map<string, { value: string; obj: KubeObject }>();

  parse(key: string, value: string, modRevision: number): KubeObject {
    const hit = this.entries.get(key);
    if (hit && hit.value === value) return hit.obj;
    const obj = JSON.parse(value) as KubeObject;
    obj.metadata.resourceVersion = String(modRevision);
    deepFreeze(obj);
    this.entries.set(key, { value, obj });
    return obj;
  }

  clear(): void {
    this.entries.clear();
  }
}
