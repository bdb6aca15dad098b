import type { CommandContext } from "../types";
import { FsError } from "../../engine/host";
import { fsErrorText } from "../paths";

/**
 * What GNU head and tail (coreutils 9.1) share: option parsing (getopt_long with permutation and
 * abbreviated long options), COUNT parsing (xdectoumax with suffixes), byte slicing of UTF-8 text,
 * and the `==> FILE <==` headers.
 */

export interface CountSpec {
  /** lines or bytes */
  unit: "lines" | "bytes";
  /** The text as typed after the option (kept for the error message). */
  text: string;
}

export interface ParsedOpts {
  count: CountSpec;
  quiet: boolean;
  verbose: boolean;
  flags: Set<string>;
  operands: string[];
}

export interface LongOpt {
  name: string;
  /** The short option it stands for (or a private key). */
  key: string;
  arg: "none" | "required" | "optional";
}

/** `-c`/`-n` with a value, other short flags listed in `bools`; long options by unique prefix. */
export function getopt(cmd: string, argv: string[], bools: string, longs: LongOpt[], count: CountSpec): ParsedOpts | string {
  const out: ParsedOpts = { count, quiet: false, verbose: false, flags: new Set(), operands: [] };
  const tryHelp = `Try '${cmd} --help' for more information.\n`;
  const apply = (key: string, value?: string) => {
    if (key === "c") out.count = { unit: "bytes", text: value ?? "" };
    else if (key === "n") out.count = { unit: "lines", text: value ?? "" };
    else if (key === "q" || key === "v") {
      out.quiet = key === "q";
      out.verbose = key === "v";
    } else out.flags.add(key);
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = longs.find((l) => l.name === name);
      const matches = exact ? [exact] : longs.filter((l) => l.name.startsWith(name));
      if (matches.length === 0) return `${cmd}: unrecognized option '${a}'\n${tryHelp}`;
      if (matches.length > 1) return `${cmd}: option '${a}' is ambiguous; possibilities:${matches.map((m) => ` '--${m.name}'`).join("")}\n${tryHelp}`;
      const opt = matches[0];
      if (opt.arg === "none" && eq >= 0) return `${cmd}: option '--${opt.name}' doesn't allow an argument\n${tryHelp}`;
      let value: string | undefined = eq >= 0 ? a.slice(eq + 1) : undefined;
      if (opt.arg === "required" && value === undefined) {
        if (i + 1 >= argv.length) return `${cmd}: option '--${opt.name}' requires an argument\n${tryHelp}`;
        value = argv[++i];
      }
      apply(opt.key, value);
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      out.operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === "c" || f === "n") {
        let value = a.slice(j + 1);
        if (value === "") {
          if (i + 1 >= argv.length) return `${cmd}: option requires an argument -- '${f}'\n${tryHelp}`;
          value = argv[++i];
        }
        apply(f, value);
        break;
      }
      if (/\d/.test(f)) return cmd === "head" ? `${cmd}: invalid trailing option -- ${f}\n${tryHelp}` : `${cmd}: option used in invalid context -- ${f}\n`;
      if (!bools.includes(f)) return `${cmd}: invalid option -- '${f}'\n${tryHelp}`;
      apply(f);
    }
  }
  return out;
}

const POWERS: Record<string, number> = { k: 1, K: 1, m: 2, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };
const UINTMAX = (1n << 64n) - 1n;

/**
 * A COUNT as xdectoumax reads it with the suffixes "bkKmMGTPEZY0": decimal digits after optional
 * blanks and `+`, then b (512) or a power of 1024 (k, K, m, M, G, …), or of 1000 with a following
 * B or D (`kB`, `MD`), or of 1024 with `iB`. Counts past 2^64-1 are "too large".
 */
export function parseCount(cmd: string, spec: CountSpec, text: string): bigint | string {
  const bad = (why = "") => `${cmd}: invalid number of ${spec.unit}: ‘${spec.text}’${why}\n`;
  const m = /^[ \t\n\v\f\r]*\+?(\d+)(.*)$/s.exec(text);
  if (!m) return bad();
  let n = BigInt(m[1]);
  const suffix = m[2];
  if (suffix !== "") {
    const s = /^(?:(b)|([kKmMGTPEZY])(B|D|iB)?)$/.exec(suffix);
    if (!s) return bad();
    n *= s[1] ? 512n : (s[3] === "B" || s[3] === "D" ? 1000n : 1024n) ** BigInt(POWERS[s[2]]);
  }
  if (n > UINTMAX) return bad(": Value too large for defined data type");
  return n;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

/** Bytes [start, end) of text as UTF-8 (a cut inside a character leaves U+FFFD, as a terminal shows it). */
export function sliceBytes(text: string, start: bigint, end?: bigint): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.slice(clamp(start, text.length), end === undefined ? undefined : clamp(end, text.length));
  const bytes = encoder.encode(text);
  return decoder.decode(bytes.slice(clamp(start, bytes.length), end === undefined ? undefined : clamp(end, bytes.length)));
}

export const byteLength = (text: string): number => encoder.encode(text).length;

export const clamp = (n: bigint, max: number): number => (n > BigInt(max) ? max : n < 0n ? 0 : Number(n));

/** Where each line starts; a last line without its newline still counts as a line. */
export function lineStarts(text: string): number[] {
  if (text === "") return [];
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** coreutils' quoteaf for file names in messages: 'name', or "name" when it holds a single quote. */
const quoteName = (name: string) => (name.includes("'") ? `"${name}"` : `'${name}'`);

/**
 * Reads each operand (stdin for none or `-`) and prints `==> NAME <==` headers when there are
 * several (or -v, never with -q), with coreutils' wording for files that cannot be read.
 */
export function eachInput(cmd: string, operands: string[], opts: ParsedOpts, ctx: CommandContext, each: (text: string) => string): number {
  const files = operands.length ? operands : ["-"];
  const headers = opts.verbose || (!opts.quiet && files.length > 1);
  let first = true;
  let code = 0;
  for (const name of files) {
    let text: string;
    if (name === "-") text = ctx.stdin;
    else {
      try {
        const path = ctx.resolve(name);
        if (ctx.host.fs.stat(path).type === "dir") throw new FsError("EISDIR", path);
        text = ctx.host.fs.readFile(path);
      } catch (e) {
        const isDir = e instanceof FsError && e.code === "EISDIR";
        if (isDir && headers) {
          ctx.out(`${first ? "" : "\n"}==> ${name} <==\n`);
          first = false;
        }
        ctx.err(isDir ? `${cmd}: error reading ${quoteName(name)}: ${fsErrorText(e)}\n` : `${cmd}: cannot open ${quoteName(name)} for reading: ${fsErrorText(e)}\n`);
        code = 1;
        continue;
      }
    }
    if (headers) ctx.out(`${first ? "" : "\n"}==> ${name === "-" ? "standard input" : name} <==\n`);
    first = false;
    ctx.out(each(text));
  }
  return code;
}
