import type { Command } from "../types";

/** Small commands about the machine and the session: sleep, date, hostname, whoami, id, clear, env. */

export const sleep: Command = {
  name: "sleep",
  usage: "sleep NUMBER[smhd]",
  run(argv, ctx) {
    if (argv.length < 2) {
      ctx.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let total = 0;
    for (const a of argv.slice(1)) {
      const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(a);
      if (!m) {
        ctx.err(`sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n`);
        return 1;
      }
      total += Number(m[1]) * { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s"] * 1000;
    }
    ctx.environment.advance(Math.round(total));
    return 0;
  },
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const map: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    m: () => pad(d.getUTCMonth() + 1),
    d: () => pad(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => pad(d.getUTCHours()),
    M: () => pad(d.getUTCMinutes()),
    S: () => pad(d.getUTCSeconds()),
    s: () => String(Math.floor(ms / 1000)),
    a: () => DAYS[d.getUTCDay()],
    b: () => MONTHS[d.getUTCMonth()],
    Z: () => "UTC",
    F: () => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    T: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    "%": () => "%",
  };
  return format.replace(/%([a-zA-Z%])/g, (m, c) => map[c]?.() ?? m);
}

export const date: Command = {
  name: "date",
  usage: "date [+FORMAT]",
  run(argv, ctx) {
    const fmt = argv.find((a) => a.startsWith("+"));
    ctx.out(formatDate(ctx.environment.clock.now(), fmt ? fmt.slice(1) : "%a %b %e %H:%M:%S %Z %Y") + "\n");
    return 0;
  },
};

export const hostname: Command = {
  name: "hostname",
  usage: "hostname [-I]",
  run(argv, ctx) {
    ctx.out((argv[1] === "-I" || argv[1] === "-i" ? `${ctx.host.ip} ` : ctx.host.name) + "\n");
    return 0;
  },
};

export const whoami: Command = { name: "whoami", usage: "whoami", run: (_a, ctx) => (ctx.out(ctx.user + "\n"), 0) };

export const id: Command = {
  name: "id",
  usage: "id",
  run(_a, ctx) {
    ctx.out(ctx.user === "root" ? "uid=0(root) gid=0(root) groups=0(root)\n" : `uid=1000(${ctx.user}) gid=1000(${ctx.user}) groups=1000(${ctx.user})\n`);
    return 0;
  },
};

/** The terminal interprets this escape; scripted mode shows it as is, like `clear | od -c`. */
export const clear: Command = { name: "clear", usage: "clear", run: (_a, ctx) => (ctx.out("\x1b[H\x1b[2J\x1b[3J"), 0) };

export const env: Command = {
  name: "env",
  usage: "env",
  run(argv, ctx) {
    if (argv.length > 1) {
      const r = ctx.run(argv.slice(1).join(" "), { stdin: ctx.stdin });
      ctx.out(r.stdout);
      ctx.err(r.stderr);
      return r.exitCode;
    }
    for (const [k, v] of Object.entries(ctx.env)) ctx.out(`${k}=${v}\n`);
    return 0;
  },
};
