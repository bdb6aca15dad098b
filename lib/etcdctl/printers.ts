/**
 * etcdctl's output helpers: the olekukonko/tablewriter tables (`-w table`), Go's %q quoting
 * (`-w fields`), go-humanize byte sizes, base64 of byte strings, and how a stored value looks.
 * Models etcdctl/ctlv3/command/printer*.go.
 */

/** A table as etcdctl prints it: header centred, cells right-aligned, `+---+` rules. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+\n`;
  const centre = (s: string, w: number) => {
    const gap = w - s.length;
    const left = Math.floor(gap / 2);
    return " ".repeat(left) + s + " ".repeat(gap - left);
  };
  const line = (cells: string[], pad: (s: string, w: number) => string) => `|${cells.map((c, i) => ` ${pad(c, widths[i])} `).join("|")}|\n`;
  return rule + line(header, centre) + rule + rows.map((r) => line(r, (s, w) => s.padStart(w))).join("") + rule;
}

const GO_ESCAPES: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\" };

/** Go's strconv.Quote for a byte string (chars are bytes 0-255; valid UTF-8 runs stay as text). */
export function goQuote(bytes: string): string {
  let out = '"';
  const text = utf8Decode(bytes);
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (GO_ESCAPES[c]) out += GO_ESCAPES[c];
    else if (c === 0xfffd && ch !== "\ufffd") out += ch;
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c >= 0xdc80 && c <= 0xdcff) out += `\\x${(c - 0xdc00).toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Decodes a byte string as UTF-8, mapping invalid bytes to lone surrogates U+DC80..U+DCFF. */
function utf8Decode(bytes: string): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes.charCodeAt(i);
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length + (need === 0 ? 1 : 0);
    for (let k = 1; ok && k <= need; k++) ok = (bytes.charCodeAt(i + k) & 0xc0) === 0x80;
    if (!ok) {
      out += String.fromCharCode(0xdc00 + b);
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (bytes.charCodeAt(i + k) & 0x3f);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** A JS string as its UTF-8 bytes, one char per byte. */
export function utf8Bytes(text: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64Bytes(bytes: string): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes.charCodeAt(i), bytes.charCodeAt(i + 1), bytes.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? B64[n & 63] : "=");
  }
  return out;
}

/** go-humanize Bytes: SI units, one decimal below 10. */
export function humanBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const units = ["B", "kB", "MB", "GB", "TB"];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return val < 10 ? `${val.toFixed(1)} ${units[e]}` : `${val.toFixed(0)} ${units[e]}`;
}

function varint(n: number): string {
  let out = "";
  while (n > 0x7f) {
    out += String.fromCharCode((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  return out + String.fromCharCode(n);
}

const field = (tag: number, bytes: string) => String.fromCharCode(tag) + varint(bytes.length) + bytes;

/**
 * The bytes etcd holds for a key. The API server writes Kubernetes objects as protobuf behind the
 * `k8s\0` magic (runtime.Unknown: typeMeta{apiVersion, kind}, raw, contentEncoding, contentType).
 * Our store keeps the object as JSON, so we print the real envelope around the JSON body: the
 * same prefix a learner sees (and greps for) in real etcd, with readable fields inside. Values
 * that are not Kubernetes objects (a plain `etcdctl put`) are printed as stored.
 */
export function storedBytes(value: string): string {
  if (!value.startsWith("{") || !value.includes('"kind"')) return utf8Bytes(value);
  let obj: { apiVersion?: unknown; kind?: unknown };
  try {
    obj = JSON.parse(value);
  } catch {
    return utf8Bytes(value);
  }
  if (typeof obj.apiVersion !== "string" || typeof obj.kind !== "string") return utf8Bytes(value);
  const typeMeta = field(0x0a, utf8Bytes(obj.apiVersion)) + field(0x12, utf8Bytes(obj.kind));
  return `k8s\0${field(0x0a, typeMeta)}${field(0x12, utf8Bytes(value))}${field(0x1a, "")}${field(0x22, "")}`;
}

/** Go's text/tabwriter with tab padding, as cobra help templates align OPTIONS. */
export function tabAlign(rows: [string, string][]): string {
  const width = Math.ceil((Math.max(...rows.map((r) => r[0].length)) + 1) / 8) * 8;
  return rows.map(([a, b]) => `${a}${"\t".repeat(Math.ceil((width - a.length) / 8))}${b}\n`).join("");
}

/** Bytes written to the terminal: UTF-8 decoded, invalid bytes as U+FFFD (what a terminal shows). */
export function displayBytes(bytes: string): string {
  let out = "";
  for (const ch of utf8DecodeForDisplay(bytes)) out += ch;
  return out;
}

function utf8DecodeForDisplay(bytes: string): string {
  const arr = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) arr[i] = bytes.charCodeAt(i) & 0xff;
  return new TextDecoder("utf-8", { fatal: false }).decode(arr);
}
