import YAML from "yaml";

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/** YAML as kubectl prints it (sigs.k8s.io/yaml): keys sorted, list items not indented under their key. */
export function toYaml(obj: unknown): string {
  return YAML.stringify(sortKeys(obj), { indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
}

/** JSON as kubectl prints it: 4-space indent. */
export function toJson(obj: unknown): string {
  return JSON.stringify(obj, null, 4) + "\n";
}
