/**
 * A DNS reply as dig 9.18 prints it. Records are laid out with BIND's master-file style for dig
 * (columns 24/32/40/48, tab width 8: lib/dns/masterdump.c `indent`), and the message size is the
 * wire length of the reply. Models bin/dig/dig.c printmessage and lib/dns/message.c sectiontotext.
 */

export interface Rr {
  name: string;
  ttl: number;
  type: string;
  data: string;
}

export interface DigReply {
  rcode: "NOERROR" | "NXDOMAIN" | "SERVFAIL" | "REFUSED";
  flags: string[];
  answers: Rr[];
  authority: Rr[];
  /** EDNS buffer size the server advertises, and whether it echoes the client's cookie. */
  udp: number;
  cookie?: string;
  /** CoreDNS writes names in full; most resolvers compress them. */
  compressed: boolean;
}

const TAB = 8;

/** Pads from column `from` to `to` as BIND does: tabs to the last tab stop, then spaces; at least one. */
function indent(from: number, to: number): { text: string; col: number } {
  if (to < from + 1) to = from + 1;
  const tabs = Math.max(0, Math.floor(to / TAB) - Math.floor(from / TAB));
  let col = from;
  let text = "";
  if (tabs > 0) {
    text = "\t".repeat(tabs);
    col = Math.floor(to / TAB) * TAB;
  }
  return { text: text + " ".repeat(to - col), col: to };
}

function columns(parts: [string, number][], start: string): string {
  let line = start;
  let col = start.length;
  for (const [text, at] of parts) {
    const pad = indent(col, at);
    line += pad.text + text;
    col = pad.col + text.length;
  }
  return line;
}

export const fqdn = (name: string) => (name.endsWith(".") ? name : `${name}.`);

export function questionLine(name: string, type: string): string {
  // dig puts the `;` in front without counting it as a column.
  const owner = fqdn(name);
  return ";" + columns([["IN", 32], [type, 40]], owner);
}

export function rrLine(rr: Rr): string {
  return columns([[String(rr.ttl), 24], ["IN", 32], [rr.type, 40], [rr.data, 48]], fqdn(rr.name));
}

/** Wire length of a name: each label with its length byte, and the root. */
export function nameWire(name: string): number {
  const labels = fqdn(name).split(".").filter(Boolean);
  return labels.reduce((n, l) => n + l.length + 1, 0) + 1;
}

const TYPE_RDLEN: Record<string, (data: string) => number> = {
  A: () => 4,
  AAAA: () => 16,
  PTR: (d) => nameWire(d),
  SOA: (d) => {
    const [mname, rname] = d.split(" ");
    return nameWire(mname) + nameWire(rname) + 20;
  },
};

/** Size of the reply on the wire: header, question, records, and the OPT record (with the echoed cookie). */
export function messageSize(qname: string, reply: DigReply): number {
  const q = nameWire(qname);
  let size = 12 + q + 4;
  for (const rr of [...reply.answers, ...reply.authority]) {
    const owner = reply.compressed && fqdn(rr.name).toLowerCase() === fqdn(qname).toLowerCase() ? 2 : nameWire(rr.name);
    size += owner + 10 + (TYPE_RDLEN[rr.type]?.(rr.data) ?? 0);
  }
  return size + 11 + (reply.cookie ? 12 : 0);
}

export interface Display {
  cmd: boolean;
  comments: boolean;
  question: boolean;
  answer: boolean;
  authority: boolean;
  stats: boolean;
  short: boolean;
}

export interface PrintContext {
  qname: string;
  qtype: string;
  server: string;
  tcp: boolean;
  id: number;
  when: string;
}

function section(title: string, rrs: Rr[], show: Display): string {
  if (!rrs.length) return "";
  let out = show.comments ? `;; ${title} SECTION:\n` : "";
  for (const rr of rrs) out += rrLine(rr) + "\n";
  return out + (show.comments ? "\n" : "");
}

/** Everything dig prints for one answered query after its greeting. */
export function printReply(reply: DigReply, p: PrintContext, show: Display): string {
  if (show.short) return reply.answers.map((rr) => rr.data + "\n").join("");
  let out = "";
  if (show.comments) {
    out += ";; Got answer:\n";
    if (/(^|\.)local\.?$/i.test(p.qname)) out += ";; WARNING: .local is reserved for Multicast DNS\n;; You are currently testing what happens when an mDNS query is leaked to DNS\n";
    out += `;; ->>HEADER<<- opcode: QUERY, status: ${reply.rcode}, id: ${p.id}\n`;
    out += `;; flags: ${reply.flags.join(" ")}; QUERY: 1, ANSWER: ${reply.answers.length}, AUTHORITY: ${reply.authority.length}, ADDITIONAL: 1\n`;
    if (reply.flags.includes("rd") && !reply.flags.includes("ra")) out += ";; WARNING: recursion requested but not available\n";
    out += "\n;; OPT PSEUDOSECTION:\n";
    out += `; EDNS: version: 0, flags:; udp: ${reply.udp}\n`;
    if (reply.cookie) out += `; COOKIE: ${reply.cookie} (echoed)\n`;
  }
  if (show.question) {
    if (show.comments) out += ";; QUESTION SECTION:\n";
    out += questionLine(p.qname, p.qtype) + "\n";
    if (show.comments) out += "\n";
  }
  if (show.answer) out += section("ANSWER", reply.answers, show);
  if (show.authority) out += section("AUTHORITY", reply.authority, show);
  if (show.stats) {
    out += ";; Query time: 0 msec\n";
    out += `;; SERVER: ${p.server}#53(${p.server}) (${p.tcp ? "TCP" : "UDP"})\n`;
    out += `;; WHEN: ${p.when}\n`;
    out += `;; MSG SIZE  rcvd: ${messageSize(p.qname, reply)}\n\n`;
  }
  return out;
}
