import { isIPv4 } from "../cidr";
import type { QType } from "../dns";
import { ask, type NetIo } from "./net-io";

/**
 * nslookup. Inside busybox containers it is busybox's applet (A and AAAA queries, search domains
 * only for names without a dot, `Address:\t10.96.0.10:53`); on nodes it is BIND's
 * (`Address:\t127.0.0.53#53`). Models networking/nslookup.c (busybox 1.36).
 */
export function nslookupRun(argv: string[], io: NetIo, flavour: "busybox" | "bind"): number {
  const args = argv.slice(1).filter((a) => !a.startsWith("-"));
  const typeArg = argv.slice(1).find((a) => /^-(type|query|q)=/i.test(a))?.split("=")[1]?.toUpperCase();
  const name = args[0];
  if (!name) {
    io.err(flavour === "busybox" ? "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n" : "");
    return 1;
  }
  const server = args[1] ?? io.resolv.nameservers[0] ?? "127.0.0.1";
  const queries: { name: string; type: QType }[] = [];
  if (isIPv4(name)) queries.push({ name: `${name.split(".").reverse().join(".")}.in-addr.arpa`, type: "PTR" });
  else {
    const names = name.includes(".") || flavour === "bind" ? [name] : io.resolv.search.map((d) => `${name}.${d}`);
    if (!names.length) names.push(name);
    const types: QType[] = typeArg === "AAAA" ? ["AAAA"] : typeArg === "A" || flavour === "bind" ? ["A"] : ["A", "AAAA"];
    for (const t of types) for (const n of names) queries.push({ name: n, type: t });
  }
  const first = ask(io, server, queries[0].name, queries[0].type);
  if ("timeout" in first) {
    io.wait(5000);
    io.out(";; connection timed out; no servers could be reached\n\n");
    return 1;
  }
  io.out(flavour === "busybox" ? `Server:\t\t${server}\nAddress:\t${server}:53\n\n` : `Server:\t\t${server}\nAddress:\t${server}#53\n\n`);
  let found = false;
  let pendingFrom = queries.length;
  // One name (no search list): busybox prints every reply, an empty one (no AAAA record) as a blank line.
  const single = new Set(queries.map((q) => q.name)).size === 1;
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i];
    const r = i === 0 ? first : ask(io, server, q.name, q.type);
    if ("timeout" in r) {
      pendingFrom = i;
      break;
    }
    const reply = r.reply;
    if (reply.rcode !== "NOERROR") {
      io.out(`** server can't find ${q.name}: ${reply.rcode}\n\n`);
      continue;
    }
    if (!reply.answers.length) {
      io.out(flavour === "busybox" && single ? "\n" : `*** Can't find ${q.name}: No answer\n`);
      continue;
    }
    found = true;
    for (const a of reply.answers) io.out(q.type === "PTR" ? `${q.name}\tname = ${a}.\n` : `Name:\t${q.name}\nAddress: ${a}\n`);
    io.out("\n");
    if (flavour === "busybox" && !single) {
      pendingFrom = i + 1;
      break;
    }
  }
  if (flavour === "busybox" && pendingFrom < queries.length) {
    for (const q of queries.slice(pendingFrom)) io.out(`*** Can't find ${q.name}: No answer\n`);
    io.out("\n");
  }
  return found ? 0 : 1;
}
