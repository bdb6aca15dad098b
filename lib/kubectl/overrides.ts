import type { KubeObject } from "../engine/api/types";
import { jsonPatch, mergePatch, strategicPatch } from "../engine/apiserver/patch";

type Json = Parameters<typeof mergePatch>[0];

/** Go's encoding/json wording for the first syntax error in `text` (as kubectl reports a bad --overrides). */
export function goJsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const at = Number(/position (\d+)/.exec(String((e as Error).message))?.[1] ?? text.length);
    if (!text.trim() || at >= text.length) return "unexpected end of JSON input";
    const before = text.slice(0, at).trimEnd().slice(-1);
    const what = before === "{" || (before === "," && text.slice(0, at).lastIndexOf("{") > text.slice(0, at).lastIndexOf("[")) ? "looking for beginning of object key string" : before === ":" || before === "[" || before === "," || before === "" ? "looking for beginning of value" : before === '"' ? "after object key" : "after top-level value";
    return `invalid character '${text[at]}' ${what}`;
  }
}

/**
 * `kubectl run --overrides`: the generated object as JSON, patched with the fragment (`merge`: RFC 7396,
 * `strategic`, or `json`: RFC 6902), then decoded again. Returns the object or kubectl's error text.
 */
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/override_options.go and helpers.go (Merge, StrategicMerge, JSONPatch).
export function applyOverrides(obj: KubeObject, fragment: string, type: string): KubeObject | { error: string } {
  if (!["json", "merge", "strategic"].includes(type)) return { error: `invalid override type: ${type}` };
  const bad = goJsonError(fragment);
  if (bad) return { error: type === "merge" ? "Invalid JSON Patch" : bad };
  const patch = JSON.parse(fragment) as Json;
  const target = JSON.parse(JSON.stringify(obj)) as Json;
  try {
    if (type === "json") {
      if (!Array.isArray(patch)) return { error: "json: cannot unmarshal object into Go value of type jsonpatch.Patch" };
      return jsonPatch(target, patch as unknown as Parameters<typeof jsonPatch>[1]) as unknown as KubeObject;
    }
    if (!patch || typeof patch !== "object" || Array.isArray(patch)) return { error: type === "merge" ? "Invalid JSON Patch" : "json: cannot unmarshal array into Go value of type map[string]interface {}" };
    return (type === "merge" ? mergePatch(target, patch) : strategicPatch(target, patch)) as unknown as KubeObject;
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
