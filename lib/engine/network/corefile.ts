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
const broken = (error: string): Corefile => ({ ok: false, error, hosts: new Map(), forwards: false });
const fail = (line: number, msg: string, file = FILE): Corefile => broken(`${file}:${line} - Error during parsing: ${msg}`);
/** An error a plugin's setup returns, prefixed with the plugin as CoreDNS's plugin.Error does. */
const pluginFail = (plugin: string, line: number, msg: string, file = FILE): Corefile => broken(`plugin/${plugin}: ${file}:${line} - Error during parsing: ${msg}`);

/** The properties each plugin accepts in its block (plugin/forward/setup.go, plugin/kubernetes/setup.go); others are `unknown property`. */
const PROPERTIES: Record<string, Set<string>> = {
  forward: new Set(["except", "force_tcp", "prefer_udp", "expire", "max_fails", "max_age", "health_check", "tls", "tls_servername", "policy", "max_concurrent", "next", "failfast_all_unhealthy_upstreams", "failover"]),
  kubernetes: new Set(["endpoint", "tls", "kubeconfig", "namespaces", "labels", "namespace_labels", "pods", "endpoint_pod_names", "ttl", "noendpoints", "fallthrough", "ignore", "multicluster", "startup_timeout", "apiserver_qps", "apiserver_burst", "apiserver_max_inflight"]),
};

const isIPv4 = (s: string) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split(".").every((o) => Number(o) <= 255);
const isIP = (s: string) => isIPv4(s) || (/^[0-9a-fA-F:.]+$/.test(s) && (s.match(/:/g) ?? []).length >= 2);

/**
 * A `forward` destination as plugin/pkg/parse HostPortOrFile reads it: `[proto://]ip[:port]`, or a
 * resolv.conf-style file. Returns the error text for a destination that is neither.
 */
function badUpstream(to: string, fileExists: (path: string) => boolean): string | undefined {
  const host = to.replace(/^(dns|tls|grpc|https):\/\//, "");
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(host) ?? /^([^:]+):(\d+)$/.exec(host);
  if (isIP(m ? m[1] : host)) return undefined;
  if (fileExists(host)) return undefined;
  return `not an IP address or file: "${host}"`;
}

/** Splits tokens into `directive args... [{ body }]` entries, line by line. */
function directives(tokens: Token[], start: number, end: number): { name: Token; args: string[]; body: Token[]; hasBlock: boolean }[] {
  const out: { name: Token; args: string[]; body: Token[]; hasBlock: boolean }[] = [];
  let i = start;
  while (i < end) {
    const name = tokens[i++];
    const args: string[] = [];
    while (i < end && tokens[i].line === name.line && tokens[i].text !== "{" && tokens[i].text !== "}") args.push(tokens[i++].text);
    let body: Token[] = [];
    const hasBlock = i < end && tokens[i].text === "{";
    if (hasBlock) {
      let depth = 1;
      const from = ++i;
      while (i < end && depth > 0) {
        if (tokens[i].text === "{") depth++;
        if (tokens[i].text === "}") depth--;
        i++;
      }
      body = tokens.slice(from, i - 1);
    }
    out.push({ name, args, body, hasBlock });
  }
  return out;
}

export interface ParseOptions {
  /** Where CoreDNS read it from (`-conf`), as its errors name it. */
  path?: string;
  /** Whether a file exists in the CoreDNS container (a `forward` target may be a resolv.conf file). */
  fileExists?: (path: string) => boolean;
}

export function parseCorefile(text: string | undefined, opts: ParseOptions = {}): Corefile {
  const file = opts.path ?? FILE;
  const fileExists = opts.fileExists ?? ((p: string) => p === "/etc/resolv.conf");
  if (text === undefined) return broken(`open ${file}: no such file or directory`);
  const tokens = tokenize(text);
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "{") depth++;
    if (t.text === "}" && --depth < 0) return fail(t.line, "Unexpected '}' because no matching opening brace", file);
  }
  if (depth > 0) return fail(tokens[tokens.length - 1]?.line ?? 1, "Unexpected EOF", file);
  const result: Corefile = { ok: true, hosts: new Map(), forwards: false };
  let i = 0;
  let blocks = 0;
  while (i < tokens.length) {
    const keys: Token[] = [];
    while (i < tokens.length && tokens[i].text !== "{") keys.push(tokens[i++]);
    if (i >= tokens.length) return fail(keys[0]?.line ?? 1, "Unexpected EOF", file);
    let d = 1;
    const from = ++i;
    while (i < tokens.length && d > 0) {
      if (tokens[i].text === "{") d++;
      if (tokens[i].text === "}") d--;
      i++;
    }
    blocks++;
    let forwardSeen = false;
    for (const dir of directives(tokens, from, i - 1)) {
      const name = dir.name.text;
      if (!PLUGINS.has(name)) return fail(dir.name.line, `Unknown directive '${name}'`, file);
      const known = PROPERTIES[name];
      if (known) for (const sub of directives(dir.body, 0, dir.body.length)) if (!known.has(sub.name.text)) return pluginFail(name, sub.name.line, `unknown property '${sub.name.text}'`, file);
      if (name === "forward") {
        if (forwardSeen) return broken("plugin/forward: this plugin can only be used once per Server Block");
        forwardSeen = true;
        // caddy's ArgErr names the token where the arguments ran out.
        if (dir.args.length < 2) return pluginFail("forward", dir.name.line, dir.hasBlock ? "Unexpected token '{', expecting argument" : `Wrong argument count or unexpected line ending after '${dir.args[dir.args.length - 1] ?? "forward"}'`, file);
        for (const to of dir.args.slice(1)) {
          const bad = badUpstream(to, fileExists);
          if (bad) return broken(`plugin/forward: ${bad}`);
        }
        result.forwards = true;
      }
      if (name === "kubernetes") {
        const k: KubernetesPlugin = { zones: dir.args.length ? dir.args.map((z) => z.replace(/\.$/, "")) : keys.map((t) => t.text.replace(/:\d+$/, "").replace(/^\.$/, "")), pods: "disabled", fallthrough: false };
        for (const sub of directives(dir.body, 0, dir.body.length)) {
          if (sub.name.text === "pods") {
            const mode = sub.args[0];
            if (mode !== "disabled" && mode !== "insecure" && mode !== "verified") return fail(sub.name.line, `pods must be one of: disabled, verified, insecure`, file);
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
  if (!blocks) return fail(1, "Unexpected EOF", file);
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
