import type { KubeObject } from "../../engine/api/types";
import { PlainError, reportError, type Kubectl, type Subcommand } from "../context";
import { helpText } from "./create/generator";
import { age } from "../printers/duration";
import { renderTable } from "../printers/tabwriter";
import { toJson, toYaml } from "../printers/yaml";
import { jsonpath } from "../printers/jsonpath";
import { goTemplate } from "../printers/gotemplate";

// Models staging/src/k8s.io/kubectl/pkg/cmd/events (events.go, event_printer.go).

type Event = KubeObject & {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  eventTime?: string | null;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  series?: { count: number; lastObservedTime: string };
  involvedObject?: { kind?: string; name?: string };
};

const OUTPUTS = ["json", "yaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file"];

/** The time events sort by: the series' last observation, else the last timestamp, else eventTime. */
const sortTime = (e: Event) => Date.parse(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? "") || 0;

/** LAST SEEN: `5m`, or `30s (x4 over 5m)` for a repeated event. */
function interval(e: Event, now: number): string {
  const first = age(e.eventTime ?? e.firstTimestamp, now);
  if (e.series) return `${age(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${age(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** A cell stops at the first line break, as kubectl's escapeCell does. */
const cell = (s: string | undefined) => {
  const text = s ?? "";
  const i = text.search(/[\f\n\r]/);
  return i >= 0 ? `${text.slice(0, i)}...` : text;
};

function table(events: Event[], allNamespaces: boolean, noHeaders: boolean, now: number): string {
  const header = [...(allNamespaces ? ["NAMESPACE"] : []), "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"];
  const rows = events.map((e) => [
    ...(allNamespaces ? [e.metadata.namespace ?? ""] : []),
    interval(e, now),
    cell(e.type),
    cell(e.reason),
    `${cell(e.involvedObject?.kind)}/${cell(e.involvedObject?.name)}`,
    cell((e.message ?? "").trim()),
  ]);
  return renderTable(noHeaders ? rows : [header, ...rows]);
}

function printed(output: string, events: Event[]): string {
  const items = events.map((e) => ({ ...e, apiVersion: "v1", kind: "Event" }));
  const list = { apiVersion: "v1", items, kind: "EventList", metadata: {} };
  const [format, ...rest] = output.split("=");
  const arg = rest.join("=");
  if (format === "yaml") return toYaml(list);
  if (format === "json") return toJson(list);
  if (format === "name") return items.map((e) => `event/${e.metadata.name}\n`).join("");
  if (format === "jsonpath") return jsonpath(arg, list);
  if (format === "go-template" || format === "template") return goTemplate(arg, list);
  throw new PlainError(`error: ${format} output is not supported for events in this simulator`);
}

/** `--for TYPE/NAME` → the involved object's kind and name. */
function forObject(k: Kubectl, spec: string): { kind: string; name: string } {
  if (!spec.includes("/")) throw new PlainError("error: --for must be in resource/name form");
  const parts = spec.split("/");
  if (parts.length !== 2) throw new PlainError("error: arguments in resource/name form may not have more than one slash");
  const info = k.client().resolve(parts[0]);
  if (!info) throw new PlainError(`error: no matches for /, Resource=${parts[0]}`);
  return { kind: info.kind, name: parts[1] };
}

function run(k: Kubectl): number {
  const output = k.str("output") ?? "";
  if (output && !OUTPUTS.includes(output.split("=")[0]))
    return (k.err(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUTS.join(",")}\n`), 1);
  const types = k.list("types").filter(Boolean);
  if (types.some((t) => !["normal", "warning"].includes(t.toLowerCase()))) return (k.err("error: valid --types are Normal or Warning\n"), 1);
  if (k.args.length) return (k.err(`error: unknown command "${k.args[0]}" for "kubectl events"\n`), 1);
  try {
    const target = k.str("for") ? forObject(k, k.str("for")!) : undefined;
    const all = k.bool("all-namespaces");
    const fieldSelector = target ? `involvedObject.kind=${target.kind},involvedObject.name=${target.name}` : undefined;
    const listed = k.client().list("events", all ? undefined : k.namespace, { fieldSelector }).items as Event[];
    const events = listed
      .filter((e) => !types.length || types.some((t) => t.toLowerCase() === (e.type ?? "").toLowerCase()))
      .map((e, i) => ({ e, i }))
      .sort((a, b) => sortTime(a.e) - sortTime(b.e) || a.i - b.i)
      .map(({ e }) => e);
    if (!events.length) {
      k.err(all ? "No events found.\n" : `No events found in ${k.namespace} namespace.\n`);
      return 0;
    }
    k.out(output ? printed(output, events) : table(events, all, k.bool("no-headers"), k.now));
    return 0;
  } catch (e) {
    return reportError(k, e);
  }
}

export const events: Subcommand = {
  name: "events",
  aliases: ["event", "ev"],
  summary: "List events",
  flags: [
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "for", type: "string" },
    { name: "types", type: "slice" },
    { name: "no-headers", type: "bool" },
    { name: "watch", short: "w", type: "bool" },
    { name: "output", short: "o", type: "string" },
    { name: "chunk-size", type: "int", default: 500 },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
  ],
  help: helpText(
    "Show events, oldest first, for a namespace, all namespaces, or one object.",
    "kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]",
    ["kubectl events", "kubectl events -A --types=Warning", "kubectl events --for pod/web -n prod", "kubectl events -o yaml"],
    [
      ["-A, --all-namespaces=false", "Events of every namespace."],
      ["--for=''", "Only events about this object, as TYPE/NAME."],
      ["--no-headers=false", "Leave out the header row."],
      ["-o, --output=''", "json, yaml, name, jsonpath=..., go-template=..."],
      ["--types=[]", "Only events of these types (Normal, Warning)."],
      ["-w, --watch=false", "Keep listing new events (here: prints the current list once)."],
    ],
  ),
  run,
};
