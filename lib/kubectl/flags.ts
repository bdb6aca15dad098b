/** Command-line flags parsed the way cobra/pflag does, with pflag's error wording. */
export interface FlagSpec {
  name: string;
  short?: string;
  type: "bool" | "string" | "int" | "array";
  default?: string | boolean | number;
}

export type FlagValues = Record<string, string | boolean | number | string[] | undefined>;

export interface Parsed {
  flags: FlagValues;
  args: string[];
  /** Whether `--` appeared, and how many args came before it. */
  dashAt: number;
}

export class FlagError extends Error {}

/** Flags every kubectl command accepts. */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "context", type: "string" },
  { name: "kubeconfig", type: "string" },
  { name: "cluster", type: "string" },
  { name: "user", type: "string" },
  { name: "as", type: "string" },
  { name: "as-group", type: "array" },
  { name: "server", short: "s", type: "string" },
  { name: "request-timeout", type: "string" },
  { name: "insecure-skip-tls-verify", type: "bool" },
  { name: "v", short: "v", type: "string" },
  { name: "help", short: "h", type: "bool" },
];

function setValue(spec: FlagSpec, flags: FlagValues, raw: string, display: string) {
  if (spec.type === "bool") {
    if (!/^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${display}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
    flags[spec.name] = /^(true|1|t|TRUE|True)$/.test(raw);
  } else if (spec.type === "int") {
    if (!/^-?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${display}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
    flags[spec.name] = Number(raw);
  } else if (spec.type === "array") {
    flags[spec.name] = [...((flags[spec.name] as string[]) ?? []), raw];
  } else flags[spec.name] = raw;
}

export function parseFlags(argv: string[], specs: FlagSpec[]): Parsed {
  const all = [...specs, ...GLOBAL_FLAGS];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags: FlagValues = {};
  for (const s of all) if (s.default !== undefined) flags[s.name] = s.default;
  const args: string[] = [];
  let dashAt = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      dashAt = args.length;
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq > 0) setValue(spec, flags, a.slice(eq + 1), `--${name}`);
      else if (spec.type === "bool") flags[spec.name] = true;
      else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        setValue(spec, flags, argv[++i], `--${name}`);
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        if (spec.type === "bool") {
          if (a[j + 1] === "=") {
            setValue(spec, flags, a.slice(j + 2), `-${c}, --${spec.name}`);
            break;
          }
          flags[spec.name] = true;
          continue;
        }
        const rest = a.slice(j + 1).replace(/^=/, "");
        if (rest) setValue(spec, flags, rest, `-${c}, --${spec.name}`);
        else {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
          setValue(spec, flags, argv[++i], `-${c}, --${spec.name}`);
        }
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { flags, args, dashAt };
}
