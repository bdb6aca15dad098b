/** Splits short options (`-la` → l, a) from operands, honouring `--`. Options with values are listed in `withValue`. */
export function parseShort(argv: string[], withValue = ""): { flags: Set<string>; values: Record<string, string>; operands: string[]; bad?: string } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d+$/.test(a)) {
      if (a.startsWith("--")) {
        flags.add(a);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (withValue.includes(f)) {
          values[f] = a.slice(j + 1) || argv[++i] || "";
          break;
        }
        flags.add(f);
      }
    } else operands.push(a);
  }
  return { flags, values, operands };
}
