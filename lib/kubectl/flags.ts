/**
 * Command-line flags parsed the way cobra/pflag does, with pflag's error wording.
 * Models spf13/pflag flag.go (parseLongArg/parseShortArg) as kubectl 1.32 vendors it.
 */
export interface FlagSpec {
  name: string;
  short?: string;
  /** `slice` splits values on commas (pflag StringSlice); `array` keeps each value whole (StringArray). */
  type: "bool" | "string" | "int" | "array" | "slice";
  default?: string | boolean | number;
  /** Value used when the flag is given without `=value` (pflag NoOptDefVal), e.g. `--dry-run` → "unchanged". */
  noOptDefault?: string;
  required?: boolean;
}

export type FlagValues = Record<string, string | boolean | number | string[] | undefined>;

export interface Parsed {
  flags: FlagValues;
  /** Flags the user actually typed (for "changed" checks). */
  changed: Set<string>;
  args: string[];
  /** Index in args where `--` appeared, or -1. */
  dashAt: number;
}

export class FlagError extends Error {}

/** Flags every kubectl command accepts (kubectl's persistent root flags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "context", type: "string" },
  { name: "kubeconfig", type: "string" },
  { name: "cluster", type: "string" },
  { name: "user", type: "string" },
  { name: "as", type: "string" },
  { name: "as-group", type: "array" },
  { name: "as-uid", type: "string" },
  { name: "server", short: "s", type: "string" },
  { name: "token", type: "string" },
  { name: "username", type: "string" },
  { name: "password", type: "string" },
  { name: "request-timeout", type: "string", default: "0" },
  { name: "insecure-skip-tls-verify", type: "bool" },
  { name: "certificate-authority", type: "string" },
  { name: "client-certificate", type: "string" },
  { name: "client-key", type: "string" },
  { name: "tls-server-name", type: "string" },
  { name: "cache-dir", type: "string" },
  { name: "match-server-version", type: "bool" },
  { name: "disable-compression", type: "bool" },
  { name: "warnings-as-errors", type: "bool" },
  { name: "profile", type: "string", default: "none" },
  { name: "profile-output", type: "string", default: "profile.pprof" },
  { name: "log-flush-frequency", type: "string" },
  { name: "v", short: "v", type: "string" },
  { name: "vmodule", type: "string" },
  { name: "help", short: "h", type: "bool" },
];

const BOOL_TRUE = /^(1|t|T|TRUE|true|True)$/;
const BOOL_ANY = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;

function display(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function setValue(spec: FlagSpec, parsed: Parsed, raw: string): void {
  const { flags } = parsed;
  parsed.changed.add(spec.name);
  if (spec.type === "bool") {
    if (!BOOL_ANY.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${display(spec)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
    flags[spec.name] = BOOL_TRUE.test(raw);
  } else if (spec.type === "int") {
    if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${display(spec)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
    flags[spec.name] = Number(raw);
  } else if (spec.type === "array") {
    flags[spec.name] = [...((flags[spec.name] as string[]) ?? []), raw];
  } else if (spec.type === "slice") {
    flags[spec.name] = [...((flags[spec.name] as string[]) ?? []), ...(raw === "" ? [] : raw.split(","))];
  } else flags[spec.name] = raw;
}

/** A flag set: the command's own flags plus the global ones. */
export class FlagSet {
  private readonly byName = new Map<string, FlagSpec>();
  private readonly byShort = new Map<string, FlagSpec>();

  constructor(readonly specs: FlagSpec[]) {
    for (const s of [...specs, ...GLOBAL_FLAGS]) {
      if (!this.byName.has(s.name)) this.byName.set(s.name, s);
      if (s.short && !this.byShort.has(s.short)) this.byShort.set(s.short, s);
    }
  }

  long(name: string): FlagSpec | undefined {
    return this.byName.get(name);
  }

  short(c: string): FlagSpec | undefined {
    return this.byShort.get(c);
  }

  /** Whether `arg` is a flag that consumes the next argv entry (cobra's stripFlags heuristic). */
  takesNext(arg: string): boolean {
    if (arg.startsWith("--")) {
      if (arg.includes("=")) return false;
      const s = this.byName.get(arg.slice(2));
      return !!s && s.type !== "bool" && s.noOptDefault === undefined;
    }
    if (arg.startsWith("-") && arg.length === 2) {
      const s = this.byShort.get(arg[1]);
      return !!s && s.type !== "bool" && s.noOptDefault === undefined;
    }
    return false;
  }

  parse(argv: string[]): Parsed {
    const parsed: Parsed = { flags: {}, changed: new Set(), args: [], dashAt: -1 };
    for (const s of this.byName.values()) if (s.default !== undefined) parsed.flags[s.name] = s.default;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        parsed.dashAt = parsed.args.length;
        parsed.args.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith("--") && a.length > 2) {
        const eq = a.indexOf("=");
        const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
        const spec = this.byName.get(name);
        if (!spec) throw new FlagError(`unknown flag: --${name}`);
        if (eq > 0) setValue(spec, parsed, a.slice(eq + 1));
        else if (spec.type === "bool") setValue(spec, parsed, "true");
        else if (spec.noOptDefault !== undefined) setValue(spec, parsed, spec.noOptDefault);
        else {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
          setValue(spec, parsed, argv[++i]);
        }
        continue;
      }
      if (a.startsWith("-") && a.length > 1) {
        for (let j = 1; j < a.length; j++) {
          const c = a[j];
          const spec = this.byShort.get(c);
          if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
          if (a[j + 1] === "=") {
            setValue(spec, parsed, a.slice(j + 2));
            break;
          }
          if (spec.type === "bool") {
            setValue(spec, parsed, "true");
            continue;
          }
          if (spec.noOptDefault !== undefined) {
            setValue(spec, parsed, spec.noOptDefault);
            continue;
          }
          const rest = a.slice(j + 1);
          if (rest) setValue(spec, parsed, rest);
          else {
            if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
            setValue(spec, parsed, argv[++i]);
          }
          break;
        }
        continue;
      }
      parsed.args.push(a);
    }
    return parsed;
  }
}

/** Kept for callers that parse a one-off flag list. */
export function parseFlags(argv: string[], specs: FlagSpec[]): Parsed {
  return new FlagSet(specs).parse(argv);
}
