/**
 * The tar archive format (POSIX ustar) over "binary strings": one character per byte, file
 * contents UTF-8 encoded. `tar` in containers and `kubectl cp` both speak it.
 */
export interface TarEntry {
  /** Member name: relative, directories end with `/`. */
  name: string;
  dir: boolean;
  /** File contents as text (ignored for directories). */
  text: string;
  mode: number;
  /** Modification time, seconds since the epoch. */
  mtime: number;
}

const BLOCK = 512;
/** GNU tar writes whole records of 20 blocks. */
const RECORD = 20 * BLOCK;
const NUL = "\0";

function toBytes(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}
const fromBytes = (bin: string) => new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0) & 255));

const field = (value: string, width: number) => value.slice(0, width).padEnd(width, NUL);
const octal = (n: number, width: number) => `${Math.max(0, Math.floor(n)).toString(8).padStart(width - 1, "0")}${NUL}`;

function header(e: TarEntry, size: number): string {
  let name = e.name;
  let prefix = "";
  if (name.length > 100) {
    const cut = name.lastIndexOf("/", 155);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  const parts = [field(name, 100), octal(e.mode, 8), octal(0, 8), octal(0, 8), octal(size, 12), octal(e.mtime, 12), "        ", e.dir ? "5" : "0", field("", 100), `ustar${NUL}00`, field("root", 32), field("root", 32), octal(0, 8), octal(0, 8), field(prefix, 155)];
  const block = parts.join("").padEnd(BLOCK, NUL);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += block.charCodeAt(i);
  return `${block.slice(0, 148)}${sum.toString(8).padStart(6, "0")}${NUL} ${block.slice(156)}`;
}

/** An archive of `entries`, ended by two zero blocks and padded to a whole record. */
export function packTar(entries: TarEntry[]): string {
  let out = "";
  for (const e of entries) {
    const body = e.dir ? "" : toBytes(e.text);
    out += header(e, body.length) + body + NUL.repeat((BLOCK - (body.length % BLOCK)) % BLOCK);
  }
  out += NUL.repeat(2 * BLOCK);
  return out + NUL.repeat((RECORD - (out.length % RECORD)) % RECORD);
}

const readOctal = (s: string) => parseInt(s.replace(/[\0 ]+$/g, "").trim() || "0", 8);
const readField = (s: string) => s.split(NUL)[0];

/** The entries of an archive, or undefined when `bin` is not one (nothing, or a bad header). */
export function unpackTar(bin: string): TarEntry[] | undefined {
  const entries: TarEntry[] = [];
  let at = 0;
  while (at + BLOCK <= bin.length) {
    const block = bin.slice(at, at + BLOCK);
    if (/^\0*$/.test(block)) return entries;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block.charCodeAt(i) & 255;
    if (readOctal(block.slice(148, 156)) !== sum) return undefined;
    const size = readOctal(block.slice(124, 136));
    const prefix = readField(block.slice(345, 500));
    const name = (prefix ? `${prefix}/` : "") + readField(block.slice(0, 100));
    const type = block[156];
    const dir = type === "5" || name.endsWith("/");
    const body = bin.slice(at + BLOCK, at + BLOCK + size);
    if (type === "0" || type === NUL || dir) entries.push({ name, dir, text: dir ? "" : fromBytes(body), mode: readOctal(block.slice(100, 108)), mtime: readOctal(block.slice(136, 148)) });
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries.length || bin.length ? entries : undefined;
}
