import type { Command, CommandContext } from "../types";
import { nodeProcesses, type Proc } from "../node/processes";

/** ss (iproute2 6.x) for listening TCP/UDP sockets of the node's components: `ss -tlnp`, `-ulnp`, `-tln`. */

interface Sock {
  proto: "tcp" | "udp";
  addr: string;
  port: string;
  proc: Proc;
  fd: number;
}

const flagValue = (argv: string[], flag: string, def: string) => {
  const a = argv.find((x) => x.startsWith(`${flag}=`));
  return a ? a.slice(flag.length + 1) : def;
};

/** host:port pairs from URL flags such as `--listen-client-urls=https://127.0.0.1:2379,https://10.0.0.2:2379`. */
function urls(argv: string[], flag: string): [string, string][] {
  return flagValue(argv, flag, "")
    .split(",")
    .map((u) => /^\w+:\/\/\[?([^\]/]+?)\]?:(\d+)/.exec(u.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1] === "0.0.0.0" ? "0.0.0.0" : m[1], m[2]]);
}

const anyAddr = (bind: string) => (bind === "0.0.0.0" || bind === "::" || bind === "" ? "*" : bind);

function sockets(ctx: CommandContext): Sock[] {
  const out: Sock[] = [];
  const add = (proto: Sock["proto"], addr: string, port: string, proc: Proc, fd: number) => out.push({ proto, addr, port, proc, fd });
  for (const p of nodeProcesses(ctx)) {
    const name = p.comm;
    const argv = p.argv;
    if (p.container && !p.container.pod.hostNetwork) continue;
    if (name === "sshd") {
      add("tcp", "0.0.0.0", "22", { ...p, comm: "sshd" }, 3);
      add("tcp", "[::]", "22", { ...p, comm: "sshd" }, 4);
    } else if (name === "systemd-resolve") {
      add("tcp", "127.0.0.53%lo", "53", p, 15);
      add("tcp", "127.0.0.54", "53", p, 17);
      add("udp", "127.0.0.53%lo", "53", p, 14);
      add("udp", "127.0.0.54", "53", p, 16);
    } else if (name === "containerd" && !p.container) add("tcp", "127.0.0.1", String(30000 + (p.pid % 20000)), p, 11);
    else if (name === "kubelet") {
      add("tcp", "127.0.0.1", "10248", p, 19);
      add("tcp", "*", "10250", p, 23);
    } else if (name === "kube-apiserver") add("tcp", anyAddr(flagValue(argv, "--bind-address", "0.0.0.0")), flagValue(argv, "--secure-port", "6443"), p, 3);
    else if (name === "etcd") {
      let fd = 6;
      for (const flag of ["--listen-peer-urls", "--listen-client-urls", "--listen-metrics-urls"]) for (const [h, port] of urls(argv, flag)) add("tcp", h, port, p, fd++);
    } else if (name === "kube-controller" || name === "kube-scheduler") add("tcp", anyAddr(flagValue(argv, "--bind-address", "0.0.0.0")), flagValue(argv, "--secure-port", name === "kube-scheduler" ? "10259" : "10257"), { ...p, comm: name === "kube-controller" ? "kube-controller" : name }, 3);
    else if (name === "kube-proxy") {
      add("tcp", "127.0.0.1", "10249", p, 10);
      add("tcp", "*", "10256", p, 12);
    } else if (name === "calico-node") {
      add("tcp", "127.0.0.1", "9099", { ...p, comm: "calico-node" }, 8);
      add("tcp", "0.0.0.0", "179", { ...p, comm: "bird" }, 7);
    }
  }
  const v6 = (a: string) => a === "*" || a.startsWith("[");
  return out.sort((a, b) => Number(v6(a.addr)) - Number(v6(b.addr)) || Number(a.port) - Number(b.port) || a.addr.localeCompare(b.addr));
}

const SERVICES: Record<string, string> = { "22": "ssh", "53": "domain", "179": "bgp" };

export const ss: Command = {
  name: "ss",
  usage: "ss [-tulnpa]",
  run(argv, ctx) {
    const opts = new Set<string>();
    for (const a of argv.slice(1)) {
      const m = /^-([a-zA-Z]+)$/.exec(a);
      const long: Record<string, string> = { "--tcp": "t", "--udp": "u", "--listening": "l", "--numeric": "n", "--processes": "p", "--all": "a" };
      if (long[a]) opts.add(long[a]);
      else if (m && [...m[1]].every((c) => "tulnpa4".includes(c))) [...m[1]].forEach((c) => opts.add(c));
      else {
        ctx.err(`ss: invalid option -- '${a.replace(/^-+/, "").replace(/[tulnpa4]/g, "")[0] ?? a}'\nUsage: ss [ OPTIONS ]\n       ss [ OPTIONS ] [ FILTER ]\n`);
        return 1;
      }
    }
    const tcp = opts.has("t") || !opts.has("u");
    const udp = opts.has("u");
    let list = sockets(ctx).filter((s) => (s.proto === "tcp" && tcp) || (s.proto === "udp" && udp));
    if (opts.has("4")) list = list.filter((s) => !s.addr.startsWith("[") && s.addr !== "*");
    const both = tcp && udp;
    const numeric = opts.has("n");
    const addr = (a: string) => (numeric ? a : a === "127.0.0.1" ? "localhost" : a);
    const port = (p: string) => (numeric ? p : (SERVICES[p] ?? p));
    const rows = list.map((s) => ({
      netid: s.proto,
      state: s.proto === "tcp" ? "LISTEN" : "UNCONN",
      recv: "0",
      send: s.proto === "tcp" ? (s.proc.comm === "sshd" ? "128" : "4096") : "0",
      la: addr(s.addr),
      lp: port(s.port),
      pa: s.addr === "*" ? "*" : s.addr.startsWith("[") ? "[::]" : "0.0.0.0",
      pp: "*",
      proc: opts.has("p") ? `users:(("${s.proc.comm}",pid=${s.proc.pid},fd=${s.fd}))` : "",
    }));
    const W = (xs: string[], min: number) => Math.max(min, ...xs.map((x) => x.length));
    const la = W(rows.map((r) => r.la), 13);
    const lp = W(rows.map((r) => r.lp), 4);
    const pa = W(rows.map((r) => r.pa), 12);
    const pp = W(rows.map((r) => r.pp), 4);
    const pw = W(rows.map((r) => r.proc), 6);
    const lead = both ? "Netid " : "";
    let out = `${lead}State  Recv-Q Send-Q ${"Local Address".padStart(la)}:${"Port".padEnd(lp)} ${"Peer Address".padStart(pa)}:${"Port".padEnd(pp)}${"Process".padEnd(pw + 1)}\n`;
    for (const r of rows) out += `${both ? r.netid.padEnd(5) + " " : ""}${r.state.padEnd(6)} ${r.recv.padEnd(6)} ${r.send.padEnd(6)} ${r.la.padStart(la)}:${r.lp.padEnd(lp)} ${r.pa.padStart(pa)}:${r.pp.padEnd(pp)} ${r.proc.padEnd(pw)}\n`;
    ctx.out(out);
    return 0;
  },
};
