/**
 * A small spf13/pflag parser for the Go CLIs other than kubectl (etcdctl, etcdutl, kubeadm): long
 * and short flags, `--flag=value`, `--flag value`, bool flags, durations, with pflag's error wording.
 * Models spf13/pflag flag.go (parseLongArg/parseShortArg).
 */
export interface PFlag {
  name: string;
  short?: string;
  type: "bool" | "string" | "int" | "duration" | "slice";
  default?: string | boolean | number | string[];
}

export type PValues = Record<string, string | boolean | number | string[]>;

export interface PParsed {
  flags: PValues;
  changed: Set<string>;
  args: string[];
}

export class PFlagError extends Error {}

const BOOL_TRUE = /^(1|t|T|TRUE|true|True)$/;
const BOOL_ANY = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration, in milliseconds; undefined when invalid. */
export function parseGoDuration(text: string): number | undefined {
  if (text === "0") return 0;
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!m) return undefined;
  let total = 0;
  for (const part of text.replace(/^[+-]/, "").matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * UNIT_MS[part[2]];
  return m[1] === "-" ? -total : total;
}

function display(spec: PFlag): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function setValue(spec: PFlag, out: PParsed, raw: string, append = false): void {
  const bad = (why: string) => new PFlagError(`invalid argument "${raw}" for "${display(spec)}" flag: ${why}`);
  switch (spec.type) {
    case "bool":
      if (!BOOL_ANY.test(raw)) throw bad(`strconv.ParseBool: parsing "${raw}": invalid syntax`);
      out.flags[spec.name] = BOOL_TRUE.test(raw);
      return;
    case "int":
      if (!/^[+-]?\d+$/.test(raw)) throw bad(`strconv.ParseInt: parsing "${raw}": invalid syntax`);
      out.flags[spec.name] = Number(raw);
      return;
    case "duration": {
      const ms = parseGoDuration(raw);
      if (ms === undefined) throw bad(`time: invalid duration "${raw}"`);
      out.flags[spec.name] = ms;
      return;
    }
    case "slice": {
      const prev = append && Array.isArray(out.flags[spec.name]) ? (out.flags[spec.name] as string[]) : [];
      out.flags[spec.name] = [...prev, ...(raw === "" ? [] : raw.split(","))];
      return;
    }
    default:
      out.flags[spec.name] = raw;
  }
}

export class PFlagSet {
  private readonly byName = new Map<string, PFlag>();
  private readonly byShort = new Map<string, PFlag>();

  constructor(specs: PFlag[]) {
    for (const s of specs) {
      if (!this.byName.has(s.name)) this.byName.set(s.name, s);
      if (s.short && !this.byShort.has(s.short)) this.byShort.set(s.short, s);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Whether `arg` consumes the next argv entry (for finding subcommand words among flags). */
  takesNext(arg: string): boolean {
    if (arg.startsWith("--")) return !arg.includes("=") && !!this.byName.get(arg.slice(2)) && this.byName.get(arg.slice(2))!.type !== "bool";
    if (arg.startsWith("-") && arg.length === 2) return !!this.byShort.get(arg[1]) && this.byShort.get(arg[1])!.type !== "bool";
    return false;
  }

  /** Parses flags anywhere among the arguments (cobra interspersed mode). */
  parse(argv: string[], preset: Record<string, string> = {}): PParsed {
    const out: PParsed = { flags: {}, changed: new Set(), args: [] };
    for (const s of this.byName.values()) if (s.default !== undefined) out.flags[s.name] = s.default;
    for (const [name, raw] of Object.entries(preset)) {
      const spec = this.byName.get(name);
      if (spec) setValue(spec, out, raw);
    }
    const typed = new Set<string>();
    const set = (spec: PFlag, raw: string) => {
      setValue(spec, out, raw, typed.has(spec.name));
      typed.add(spec.name);
      out.changed.add(spec.name);
    };
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        out.args.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith("--") && a.length > 2) {
        const eq = a.indexOf("=");
        const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
        const spec = this.byName.get(name);
        if (!spec) throw new PFlagError(`unknown flag: --${name}`);
        if (eq > 0) set(spec, a.slice(eq + 1));
        else if (spec.type === "bool") set(spec, "true");
        else {
          if (i + 1 >= argv.length) throw new PFlagError(`flag needs an argument: --${name}`);
          set(spec, argv[++i]);
        }
        continue;
      }
      if (a.startsWith("-") && a.length > 1) {
        for (let j = 1; j < a.length; j++) {
          const spec = this.byShort.get(a[j]);
          if (!spec) throw new PFlagError(`unknown shorthand flag: '${a[j]}' in ${a}`);
          if (a[j + 1] === "=") {
            set(spec, a.slice(j + 2));
            break;
          }
          if (spec.type === "bool") {
            set(spec, "true");
            continue;
          }
          if (j + 1 < a.length) set(spec, a.slice(j + 1));
          else if (i + 1 < argv.length) set(spec, argv[++i]);
          else throw new PFlagError(`flag needs an argument: '${a[j]}' in -${a[j]}`);
          break;
        }
        continue;
      }
      out.args.push(a);
    }
    return out;
  }
}
