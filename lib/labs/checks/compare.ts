/** Semantic comparisons for fair checks: the same value written another way still counts. */

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A Kubernetes quantity (`1Gi`, `1024Mi`, `500m`, `0.5`, `1e3`) as a plain number, or undefined if malformed. */
export function parseQuantity(q: string | number | undefined | null): number | undefined {
  if (typeof q === "number") return Number.isFinite(q) ? q : undefined;
  if (typeof q !== "string") return undefined;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1] + (m[2] ?? ""));
  const suffix = m[3] ?? "";
  return n * (BINARY[suffix] ?? DECIMAL[suffix]);
}

/** `1Gi` equals `1024Mi`; `0.5` equals `500m`. Malformed quantities are never equal. */
export function sameQuantity(a: string | number | undefined | null, b: string | number | undefined | null): boolean {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Sets equal regardless of order and duplicates. */
export function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Every expected label is present with its value; other labels are allowed ("at least these labels"). */
export function hasLabels(actual: Record<string, string> | undefined, expected: Record<string, string>): boolean {
  return Object.entries(expected).every(([k, v]) => actual?.[k] === v);
}

/** The labels as `a=1,b=2`, sorted, for messages. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(",") : "no labels";
}

/**
 * Whether `image` is the image the task named: `nginx` matches `nginx`, `nginx:latest` and
 * `docker.io/library/nginx`; `nginx:1.27` matches only that tag (with or without a registry prefix).
 */
export function sameImage(image: string | undefined, wanted: string): boolean {
  if (!image) return false;
  const norm = (ref: string) => {
    let r = ref.replace(/^docker\.io\//, "").replace(/^library\//, "");
    const at = r.indexOf("@");
    if (at >= 0) r = r.slice(0, at);
    const slash = r.lastIndexOf("/");
    const colon = r.lastIndexOf(":");
    return colon > slash ? { name: r.slice(0, colon), tag: r.slice(colon + 1) } : { name: r, tag: undefined };
  };
  const a = norm(image);
  const w = norm(wanted);
  return a.name === w.name && (w.tag === undefined ? a.tag === undefined || a.tag === "latest" : a.tag === w.tag);
}
