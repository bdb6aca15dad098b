import type { Command } from "../types";
import { byteLength, eachInput, getopt, lineStarts, parseCount, sliceBytes, type LongOpt } from "./head-tail";

// Models GNU coreutils 9.1 src/head.c.
const LONGS: LongOpt[] = [
  { name: "bytes", key: "c", arg: "required" },
  { name: "lines", key: "n", arg: "required" },
  { name: "quiet", key: "q", arg: "none" },
  { name: "silent", key: "q", arg: "none" },
  { name: "verbose", key: "v", arg: "none" },
  { name: "zero-terminated", key: "z", arg: "none" },
];

/** `head -NUM[bkm][cqlv]` as the first argument: the obsolete form. */
function obsolete(argv: string[]): string[] | string {
  const m = argv.length > 1 ? /^-(\d+)(.*)$/.exec(argv[1]) : null;
  if (!m) return argv;
  let unit = "-n";
  let mult = "";
  const pre: string[] = [];
  for (const ch of m[2]) {
    if (ch === "c" || "bkm".includes(ch)) {
      unit = "-c";
      mult = ch === "c" ? "" : ch;
    } else if (ch === "l") unit = "-n";
    else if (ch === "q" || ch === "v") pre.push(`-${ch}`);
    else return `head: invalid trailing option -- ${ch}\nTry 'head --help' for more information.\n`;
  }
  return [argv[0], ...pre, unit, m[1] + mult, ...argv.slice(2)];
}

export const head: Command = {
  name: "head",
  usage: "head [-c [-]NUM | -n [-]NUM] [-q | -v] [FILE]...",
  run(rawArgv, ctx) {
    const obs = obsolete(rawArgv);
    if (typeof obs === "string") return ctx.err(obs), 1;
    const opts = getopt("head", obs, "qvz", LONGS, { unit: "lines", text: "10" });
    if (typeof opts === "string") return ctx.err(opts), 1;
    // A leading `-` counts from the end: all but the last NUM.
    const elide = opts.count.text.startsWith("-");
    const spec = { ...opts.count, text: elide ? opts.count.text.slice(1) : opts.count.text };
    const n = parseCount("head", spec, spec.text);
    if (typeof n === "string") return ctx.err(n), 1;
    return eachInput("head", opts.operands, opts, ctx, (text) => {
      if (spec.unit === "bytes") return sliceBytes(text, 0n, elide ? BigInt(byteLength(text)) - n : n);
      const starts = lineStarts(text);
      const keep = elide ? BigInt(starts.length) - n : n;
      if (keep <= 0n) return "";
      return keep >= BigInt(starts.length) ? text : text.slice(0, starts[Number(keep)]);
    });
  },
};
