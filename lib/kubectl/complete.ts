import type { ApiClient } from "../engine/client";
import type { Subcommand } from "./context";
import { GLOBAL_FLAGS } from "./flags";
import { subcommands } from "./registry";

/**
 * Tab completion for `kubectl …` (for the shell's completer): `words` are the words after `kubectl`,
 * the last one being completed (possibly ""). Suggests subcommands, flags, resource types and names.
 */
export function completeKubectl(words: string[], api?: { client: ApiClient; namespace: string }): string[] {
  const current = words[words.length - 1] ?? "";
  const done = words.slice(0, -1);
  let node: Subcommand | undefined;
  let children = subcommands;
  const positional: string[] = [];
  for (const w of done) {
    if (w.startsWith("-")) continue;
    const child = children.find((c) => c.name === w || (c.aliases ?? []).includes(w));
    if (child && !positional.length) {
      node = child;
      children = child.children ?? [];
    } else positional.push(w);
  }
  const starts = (xs: string[]) => [...new Set(xs.filter((x) => x.startsWith(current)))].sort();
  if (current.startsWith("-")) return starts([...(node?.flags ?? []), ...GLOBAL_FLAGS].map((f) => `--${f.name}`));
  if (!positional.length && children.length) return starts(children.map((c) => c.name));
  if (!api || !node) return [];
  const takesType = ["get", "describe", "delete", "edit", "label", "annotate", "patch", "scale", "expose", "explain", "wait", "status", "history", "undo", "restart", "pause", "resume"].includes(node.name);
  if (!takesType) return node.name === "logs" || node.name === "exec" ? starts(api.client.list("pods", api.namespace).items.map((p) => p.metadata.name!)) : [];
  if (!positional.length) return starts(api.client.discovery().filter((r) => !r.preferredVersion).flatMap((r) => [r.resource, ...r.shortNames]));
  const info = api.client.resolve(positional[0].split("/")[0]);
  if (!info) return [];
  return starts(api.client.list(info.resource, info.namespaced ? api.namespace : undefined).items.map((o) => o.metadata.name!));
}
