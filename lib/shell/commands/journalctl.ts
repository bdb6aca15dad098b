import type { Command } from "../types";

// Short options and whether they take a value ("" none, "=" required, "?" optional), as journalctl's getopt table.
const SHORT: Record<string, "" | "=" | "?"> = { u: "=", n: "?", f: "", e: "", x: "", r: "", q: "", a: "", l: "", k: "", b: "?", o: "=", p: "=", S: "=", U: "=" };
const LONG: Record<string, { key: string; arg: "" | "=" | "?" }> = {
  unit: { key: "u", arg: "=" },
  lines: { key: "n", arg: "?" },
  follow: { key: "f", arg: "" },
  "pager-end": { key: "e", arg: "" },
  catalog: { key: "x", arg: "" },
  reverse: { key: "r", arg: "" },
  quiet: { key: "q", arg: "" },
  all: { key: "a", arg: "" },
  full: { key: "l", arg: "" },
  dmesg: { key: "k", arg: "" },
  boot: { key: "b", arg: "?" },
  output: { key: "o", arg: "=" },
  priority: { key: "p", arg: "=" },
  since: { key: "S", arg: "=" },
  until: { key: "U", arg: "=" },
  "no-pager": { key: "no-pager", arg: "" },
  "no-hostname": { key: "no-hostname", arg: "" },
};

interface Options {
  units: string[];
  lines?: number;
  flags: Set<string>;
  output: string;
  matches: string[];
}

function parse(argv: string[]): Options | string {
  const o: Options = { units: [], flags: new Set(), output: "short", matches: [] };
  const set = (key: string, value: string | undefined) => {
    if (key === "u") o.units.push(value!);
    else if (key === "n") o.lines = value === undefined || value === "all" ? (value === "all" ? Infinity : 10) : Number(value);
    else if (key === "o") o.output = value!;
    else o.flags.add(key);
  };
  // An optional value may follow as the next word when it is a number (journalctl's own rule for -n).
  const optional = (i: number) => (argv[i + 1] !== undefined && /^(\+?\d+|all)$/.test(argv[i + 1]) ? argv[i + 1] : undefined);
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--") && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      const opt = LONG[name];
      if (!opt) return `journalctl: unrecognized option '${a}'\n`;
      let value: string | undefined = inline;
      if (opt.arg === "=" && value === undefined) {
        if (i + 1 >= argv.length) return `journalctl: option '--${name}' requires an argument\n`;
        value = argv[++i];
      } else if (opt.arg === "?" && value === undefined && (value = optional(i)) !== undefined) i++;
      set(opt.key, value);
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      o.matches.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      const kind = SHORT[f];
      if (kind === undefined) return `journalctl: invalid option -- '${f}'\n`;
      if (kind === "") {
        set(f, undefined);
        continue;
      }
      let value: string | undefined = a.slice(j + 1) || undefined;
      if (value === undefined && kind === "=") {
        if (i + 1 >= argv.length) return `journalctl: option requires an argument -- '${f}'\n`;
        value = argv[++i];
      } else if (value === undefined && (value = optional(i)) !== undefined) i++;
      set(f, value);
      break;
    }
  }
  return o;
}

/** journalctl over the host's journal: -u UNIT, -n N, -f (what is there now), -e, -r, -o cat, --no-pager. */
export const journalctl: Command = {
  name: "journalctl",
  usage: "journalctl [-u UNIT] [-n N] [-f] [-e] [-r] [-o short|cat] [--no-pager]",
  run(argv, ctx) {
    const o = parse(argv);
    if (typeof o === "string") return (ctx.err(o), 1);
    const bad = o.matches.find((m) => !/^[A-Z0-9_]+=/.test(m) && !m.startsWith("/"));
    if (bad !== undefined) return (ctx.err(`Failed to add match '${bad}': Invalid argument\n`), 1);
    if (o.lines !== undefined && Number.isNaN(o.lines)) return (ctx.err(`Failed to parse lines '${argv.find((a) => /^-n|^--lines/.test(a))}'\n`), 1);
    const sd = ctx.host.systemd;
    // -k (kernel messages) and matches on fields we do not keep select nothing.
    const known = o.units.filter((u) => sd.status(u));
    let lines = o.flags.has("k") || o.matches.length || (o.units.length && !known.length) ? [] : o.units.length ? known.flatMap((u) => sd.journal(u)) : sd.journal();
    if (known.length > 1) lines = lines.map((l, i) => [l, i] as const).sort((a, b) => stamp(a[0]).localeCompare(stamp(b[0])) || a[1] - b[1]).map(([l]) => l);
    const count = o.lines ?? (o.flags.has("f") ? 10 : o.flags.has("e") ? 1000 : undefined);
    if (count !== undefined && Number.isFinite(count)) lines = count > 0 ? lines.slice(-count) : [];
    if (o.flags.has("r")) lines = [...lines].reverse();
    if (o.output === "cat") lines = lines.map((l) => l.replace(/^\S+ \d\d \d\d:\d\d:\d\d \S+ [^:]+: /, ""));
    if (lines.length === 0) {
      if (!o.flags.has("f")) ctx.out("-- No entries --\n");
      return 0;
    }
    ctx.out(lines.map((l) => l + "\n").join(""));
    return 0;
  },
};

/** Journal lines start `Mon DD HH:MM:SS`; months sort by their place in the year. */
const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
const stamp = (l: string) => String(MONTHS.indexOf(l.slice(0, 3))).padStart(2, "0") + l.slice(3, 15);
