/** The options both netcats (busybox and OpenBSD) take as a port probe: -v, -u, -w SEC, -z and the like. */
export interface NcArgs {
  verbose: boolean;
  udp: boolean;
  waitS?: number;
  /** HOST and PORT, and whatever else is not an option. */
  rest: string[];
}

/** Reads clustered flags (`-zv`, `-w3`, `-w 3`); letters other than v, u and w are accepted and ignored. */
export function parseNcArgs(argv: string[]): NcArgs {
  const out: NcArgs = { verbose: false, udp: false, rest: [] };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-") || a.length === 1) {
      out.rest.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      if (a[j] === "v") out.verbose = true;
      else if (a[j] === "u") out.udp = true;
      else if (a[j] === "w") {
        out.waitS = Number(a.slice(j + 1) || args[++i]);
        break;
      }
    }
  }
  return out;
}
