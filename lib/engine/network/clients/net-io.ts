import type { Source } from "../connect";
import { query, type DnsResult, type QType } from "../dns";
import { NODE_NAMESERVER, type ResolvConf } from "../resolv";
import type { NetView } from "../view";

/**
 * What a network client (wget, curl, nc, nslookup, dig, ping) needs, wherever it runs: a node's
 * shell, a container through `kubectl exec`, or a container's own command (the kubelet's program).
 */
export interface NetIo {
  out(text: string): void;
  err(text: string): void;
  view: NetView;
  src: Source;
  resolv: ResolvConf;
  now(): number;
  /** Waiting (a timeout) moves the simulated clock. */
  wait(ms: number): void;
  /** stdout is a terminal (curl then shows no progress meter). */
  tty: boolean;
}

/** A client's entry point: argv (with its own name first) → exit code; `save` writes a file it downloads. */
export type NetClient = (argv: string[], io: NetIo, save?: (name: string, body: string) => void) => number;

/** Linux gives up on an unanswered SYN after 6 retries: about 130 s. */
export const SYN_TIMEOUT_MS = 130_000;
/** A stub resolver's wait for an unanswering nameserver (timeout:5, attempts:2). */
export const DNS_TIMEOUT_MS = 10_000;

/** `host:port` / URL pieces: `http://web.prod:8080/path` → host, port, path. */
export function parseUrl(raw: string): { scheme: string; host: string; port: number; path: string } | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([/?][^#]*)?/.exec(raw);
  if (!m) return undefined;
  const scheme = m[1] ?? "http";
  return { scheme, host: m[2], port: m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80, path: m[4] ? (m[4].startsWith("?") ? `/${m[4]}` : m[4]) : "/" };
}

/** The node's own resolver (systemd-resolved): it knows the nodes from /etc/hosts and nothing of cluster.local. */
export const NODE_STUB = "127.0.0.53";

/** One DNS question to `server`: the node resolver answers locally, anything else goes over the network. */
export function ask(io: NetIo, server: string, name: string, type: QType): DnsResult {
  if (server === NODE_STUB || server === NODE_NAMESERVER) {
    const node = io.view.nodes.find((n) => n.name === name.replace(/\.$/, ""));
    return { reply: node && type === "A" ? { rcode: "NOERROR", answers: [node.ip] } : { rcode: "NXDOMAIN", answers: [] } };
  }
  return query(io.view, io.src, server, name, type);
}
