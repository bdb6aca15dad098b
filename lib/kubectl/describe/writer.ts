import type { KubeObject } from "../../engine/api/types";
import { goTabwriter } from "../printers/gotabwriter";
import { age, humanDuration } from "../printers/duration";

/**
 * kubectl describe's PrefixWriter: lines with `\t` separators at an indent level (2 spaces each),
 * laid out by Go's tabwriter (minwidth 0, padding 2). `flush()` closes the current tabwriter run
 * (the events table is laid out on its own).
 */
export class DescribeWriter {
  private chunks: string[] = [];
  private buf = "";

  /** `raw`: keep the tabs (kubectl's PrefixWriter without a tabwriter, as in `rollout history --revision`). */
  constructor(private readonly raw = false) {}

  write(level: number, text: string): void {
    this.buf += "  ".repeat(level) + text;
  }

  flush(): void {
    this.chunks.push(this.raw ? this.buf : goTabwriter(this.buf, { minwidth: 0, padding: 2 }));
    this.buf = "";
  }

  toString(): string {
    this.flush();
    return this.chunks.join("");
  }
}

/** Go's time.RFC1123Z in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`. */
export function rfc1123z(ts: string | undefined | null): string {
  if (!ts) return "<unknown>";
  const d = new Date(ts);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** `Labels:  a=b` with continuation lines, `<none>` when empty. */
export function labelsMultiline(w: DescribeWriter, level: number, title: string, labels: Record<string, string> | undefined, sep = "="): void {
  w.write(level, `${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) return w.write(0, "<none>\n");
  keys.forEach((key, i) => w.write(i === 0 ? 0 : level, `${i === 0 ? "" : "\t"}${key}${sep}${labels![key]}\n`));
}

const MAX_ANNOTATION_LEN = 140;

/**
 * printAnnotationsMultiline: sorted `key: value` lines, last-applied-configuration hidden, `<none>` when
 * empty. A value with newlines, or longer than 140 with its key, goes below `key:`, one line each,
 * every line cut at 138 characters with `...`.
 */
export function annotationsMultiline(w: DescribeWriter, level: number, annotations: Record<string, string> | undefined, title = "Annotations"): void {
  w.write(level, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((key) => key !== "kubectl.kubernetes.io/last-applied-configuration")
    .sort();
  if (!keys.length) return w.write(0, "<none>\n");
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, "\t");
    const value = annotations![key].replace(/\n$/, "");
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes("\n")) {
      w.write(0, `${key}:\n`);
      for (const line of value.split("\n")) w.write(0, `\t  ${line.length > MAX_ANNOTATION_LEN - 2 ? `${line.slice(0, MAX_ANNOTATION_LEN - 2)}...` : line}\n`);
    } else w.write(0, `${key}: ${value}\n`);
  });
}

interface EventLike {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  source?: { component?: string };
  reportingComponent?: string;
  involvedObject?: { name?: string; namespace?: string; uid?: string; kind?: string };
}

/** The Events section: `Events:  <none>` inside the current block, else its own table. */
export function describeEvents(w: DescribeWriter, events: KubeObject[] | undefined, now: number): void {
  if (!events) return;
  if (!events.length) return w.write(0, "Events:\t<none>\n");
  w.flush();
  const when = (e: EventLike) => Date.parse(e.lastTimestamp ?? e.eventTime ?? "");
  const rv = (e: EventLike) => Number((e as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion ?? 0);
  const list = (events as unknown as EventLike[]).slice().sort((a, b) => when(a) - when(b) || rv(a) - rv(b));
  w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(1, "----\t------\t----\t----\t-------\n");
  for (const e of list) {
    const since = (t?: string) => (t ? humanDuration(now - Date.parse(t)) : "<unknown>");
    const interval = (e.count ?? 1) > 1 ? `${since(e.lastTimestamp)} (x${e.count} over ${since(e.firstTimestamp)})` : e.firstTimestamp ? since(e.firstTimestamp) : since(e.eventTime);
    w.write(1, `${e.type}\t${e.reason}\t${interval}\t${e.source?.component || e.reportingComponent || ""}\t${(e.message ?? "").trim()}\n`);
  }
}

export { age };
