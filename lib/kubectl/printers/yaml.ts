import YAML, { isScalar, Scalar, visit } from "yaml";

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/** Plain scalars go-yaml v2 would read back as something other than a string (YAML 1.1 rules). */
const NON_STRING = [
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|)$/,
  /^[-+]?(0|[1-9][0-9_]*)$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?0b[01_]+$/,
  /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(inf|Inf|INF)$/,
  /^\.(nan|NaN|NAN)$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^\d{4}-\d\d?-\d\d?([Tt ]|$)/,
];

/** Whether libyaml may emit `s` as a plain scalar in block context. */
function plainAllowed(s: string): boolean {
  if (/^\s|\s$/.test(s)) return false;
  if (/^[?:-](\s|$)/.test(s)) return false;
  if (/^[,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |:$| #|\t/.test(s)) return false;
  return true;
}

/** The scalar style go-yaml v2 (sigs.k8s.io/yaml) picks for a string. */
export function goYamlStyle(s: string): Scalar.Type {
  if (s.includes("\n")) return "BLOCK_LITERAL";
  if (NON_STRING.some((re) => re.test(s))) return "QUOTE_DOUBLE";
  return plainAllowed(s) ? "PLAIN" : "QUOTE_SINGLE";
}

/** YAML as kubectl prints it (sigs.k8s.io/yaml): keys sorted, list items not indented, go-yaml quoting. */
export function toYaml(obj: unknown): string {
  const doc = new YAML.Document(sortKeys(obj), { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string") node.type = goYamlStyle(node.value);
    },
  });
  return doc.toString({ indentSeq: false, lineWidth: 0, minContentWidth: 0 });
}

/** JSON as kubectl prints it: 4-space indent. */
export function toJson(obj: unknown): string {
  return JSON.stringify(obj, null, 4) + "\n";
}
