import type { Command } from "../types";
import { byteLength, eachInput, getopt, lineStarts, parseCount, sliceBytes, type LongOpt } from "./head-tail";

// Models GNU coreutils 9.1 src/tail.c. The simulated files do not grow while a command runs, so
// -f/-F print what is there and return.
const LONGS: LongOpt[] = [
  { name: "bytes", key: "c", arg: "required" },
  { name: "follow", key: "f", arg: "optional" },
  { name: "lines", key: "n", arg: "required" },
  { name: "max-unchanged-stats", key: "max-unchanged-stats", arg: "required" },
  { name: "pid", key: "pid", arg: "required" },
  { name: "quiet", key: "q", arg: "none" },
  { name: "retry", key: "retry", arg: "none" },
  { name: "silent", key: "q", arg: "none" },
  { name: "sleep-interval", key: "s", arg: "required" },
  { name: "verbose", key: "v", arg: "none" },
  { name: "zero-terminated", key: "z", arg: "none" },
];

/** `tail [+-]NUM[bcl][f] [FILE]`: the obsolete form, only with at most one file operand. */
function obsolete(argv: string[]): string[] {
  const a = argv[1];
  const oneFile = argv.length === 2 || (argv.length === 3 && !(argv[2].startsWith("-") && argv[2].length > 1)) || ((argv.length === 3 || argv.length === 4) && argv[2] === "--");
  if (!oneFile || !a) return argv;
  const m = /^([+-])(\d*)([bcl]?)(f?)$/.exec(a);
  if (!m || (m[1] === "-" && (a === "-" || a === "-c"))) return argv;
  const count = (m[1] === "+" ? "+" : "") + (m[2] === "" ? "10" : m[2]) + (m[3] === "b" ? "b" : "");
  return [argv[0], ...(m[4] ? ["-f"] : []), m[3] === "b" || m[3] === "c" ? "-c" : "-n", count, ...argv.slice(2)];
}

export const tail: Command = {
  name: "tail",
  usage: "tail [-c [+]NUM | -n [+]NUM] [-f] [-q | -v] [FILE]...",
  run(rawArgv, ctx) {
    const opts = getopt("tail", obsolete(rawArgv), "fFqvz", LONGS, { unit: "lines", text: "10" });
    if (typeof opts === "string") return ctx.err(opts), 1;
    // `+NUM` counts from the start (1-based); a leading `-` is the default direction.
    const text0 = opts.count.text;
    const fromStart = text0.startsWith("+");
    const spec = { ...opts.count, text: text0.startsWith("-") ? text0.slice(1) : text0 };
    const n = parseCount("tail", spec, spec.text);
    if (typeof n === "string") return ctx.err(n), 1;
    return eachInput("tail", opts.operands, opts, ctx, (text) => {
      if (spec.unit === "bytes") {
        if (fromStart) return sliceBytes(text, n > 0n ? n - 1n : 0n);
        const len = BigInt(byteLength(text));
        return n === 0n ? "" : sliceBytes(text, len > n ? len - n : 0n);
      }
      const starts = lineStarts(text);
      const count = BigInt(starts.length);
      if (fromStart) return n <= 1n ? text : n > count ? "" : text.slice(starts[Number(n - 1n)]);
      if (n === 0n) return "";
      return n >= count ? text : text.slice(starts[Number(count - n)]);
    });
  },
};
