import YAML from "yaml";

/**
 * Parsed static-pod manifests, keyed by file content. Every API call asks whether the control
 * plane is up, which reads the manifests; parsing YAML each time dominated command latency.
 * Results are shared: callers must treat them as read-only.
 */
const MAX_ENTRIES = 256;
const cache = new Map<string, unknown>();

/** The YAML document in `text`, or `undefined` when it does not parse. */
export function parseManifest(text: string): unknown {
  if (cache.has(text)) return cache.get(text);
  let parsed: unknown;
  try {
    parsed = YAML.parse(text);
  } catch {
    parsed = undefined;
  }
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(text, parsed);
  return parsed;
}
