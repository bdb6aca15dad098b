/**
 * CoreDNS's Corefile: server blocks of plugin directives. Parsed just far enough to know whether
 * CoreDNS would start (known plugins, balanced braces) and what the `kubernetes` plugin serves.
 * Models the caddyfile lexer and plugin registration in coredns/coredns (core/dnsserver/zdirectives.go).
 */

/** The plugins compiled into the CoreDNS release kubeadm 1.32 deploys. */
const PLUGINS = new Set([
  "acl", "any", "auto", "autopath", "bind", "bufsize", "cache", "cancel", "chaos", "debug", "dns64", "dnssec", "dnstap", "erratic", "errors", "etcd",
  "file", "forward", "geoip", "grpc", "header", "health", "hosts", "k8s_external", "kubernetes", "loadbalance", "local", "log", "loop", "metadata",
  "minimal", "nsid", "pprof", "prometheus", "ready", "reload", "rewrite", "root", "route53", "secondary", "sign", "template", "timeouts", "tls", "trace",
  "transfer", "tsig", "view", "whoami",
]);

export interface KubernetesPlugin {
  zones: string[];
  pods: "disabled" | "insecure" | "verified";
  fallthrough: boolean;
}

export interface Corefile {
  ok: boolean;
  /** CoreDNS's start-up error, e.g. `/etc/coredns/Corefile:3 - Error during parsing: Unknown directive 'kubernets'`. */
  error?: string;
  kubernetes?: KubernetesPlugin;
  /** Static records from a `hosts` block: name → IP. */
  hosts: Map<string, string>;
  /** Whether names outside the cluster zones are forwarded upstream. */
  forwards: boolean;
}

interface Token {
  text: string;
  line: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/#.*$/, "");
    for (const m of line.matchAll(/"[^"]*"|[{}]|[^\s{}]+/g)) out.push({ text: m[0].replace(/^"|"$/g, ""), line: i + 1 });
  });
  return out;
}

const FILE = "/etc/coredns/Corefile";
const fail = (line: number, msg: string): Corefile => ({ ok: false, error: `${FILE}:${line} - Error during parsing: ${msg}`, hosts: new Map(), forwards: false });

/** Splits tokens into `directive args... [{ body }]` entries, line by line. */
function directives(tokens: Token[], start: number, end: number): { name: Token; args: string[]; body: Token[] }[] {
  const out: { name: Token; args: string[]; body: Token[] }[] = [];
  let i = start;
  while (i < end) {
    const name = tokens[i++];
    const args: string[] = [];
    while (i < end && tokens[i].line === name.line && tokens[i].text !== "{" && tokens[i].text !== "}") args.push(tokens[i++].text);
    let body: Token[] = [];
    if (i < end && tokens[i].text === "{") {
      let depth = 1;
      const from = ++i;
      while (i < end && depth > 0) {
        if (tokens[i].text === "{") depth++;
        if (tokens[i].text === "}") depth--;
        i++;
      }
      body = tokens.slice(from, i - 1);
    }
    out.push({ name, args, body });
  }
  return out;
}

export function parseCorefile(text: string | undefined): Corefile {
  if (text === undefined) return { ok: false, error: `open ${FILE}: no such file or directory`, hosts: new Map(), forwards: false };
  const tokens = tokenize(text);
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "{") depth++;
    if (t.text === "}" && --depth < 0) return fail(t.line, "Unexpected '}' because no matching opening brace");
  }
  if (depth > 0) return fail(tokens[tokens.length - 1]?.line ?? 1, "Unexpected EOF");
  const result: Corefile = { ok: true, hosts: new Map(), forwards: false };
  let i = 0;
  let blocks = 0;
  while (i < tokens.length) {
    const keys: Token[] = [];
    while (i < tokens.length && tokens[i].text !== "{") keys.push(tokens[i++]);
    if (i >= tokens.length) return fail(keys[0]?.line ?? 1, "Unexpected EOF");
    let d = 1;
    const from = ++i;
    while (i < tokens.length && d > 0) {
      if (tokens[i].text === "{") d++;
      if (tokens[i].text === "}") d--;
      i++;
    }
    blocks++;
    for (const dir of directives(tokens, from, i - 1)) {
      const name = dir.name.text;
      if (!PLUGINS.has(name)) return fail(dir.name.line, `Unknown directive '${name}'`);
      if (name === "forward") result.forwards = true;
      if (name === "kubernetes") {
        const k: KubernetesPlugin = { zones: dir.args.length ? dir.args.map((z) => z.replace(/\.$/, "")) : keys.map((t) => t.text.replace(/:\d+$/, "").replace(/^\.$/, "")), pods: "disabled", fallthrough: false };
        for (const sub of directives(dir.body, 0, dir.body.length)) {
          if (sub.name.text === "pods") {
            const mode = sub.args[0];
            if (mode !== "disabled" && mode !== "insecure" && mode !== "verified") return fail(sub.name.line, `pods must be one of: disabled, verified, insecure`);
            k.pods = mode;
          }
          if (sub.name.text === "fallthrough") k.fallthrough = true;
        }
        result.kubernetes = k;
      }
      if (name === "hosts") {
        for (const sub of directives(dir.body, 0, dir.body.length)) if (/^\d+\.\d+\.\d+\.\d+$/.test(sub.name.text)) for (const h of sub.args) result.hosts.set(h.toLowerCase().replace(/\.$/, ""), sub.name.text);
      }
    }
  }
  if (!blocks) return fail(1, "Unexpected EOF");
  return result;
}

/** The Corefile kubeadm v1.32 writes into ConfigMap kube-system/coredns. */
export const DEFAULT_COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;
