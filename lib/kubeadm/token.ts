import { goTabwriter } from "../kubectl/printers/gotabwriter";
import { parseGoDuration } from "../shell/pflag";
import { kubeadmClient, serverOf, ADMIN_CONF } from "./client";
import { KubeadmError } from "./errors";
import { caCertHash, listTokens, shortHumanDuration, tokenSecret, TOKEN_RE } from "./tokens";
import type { KubeadmCommand } from "./types";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const DEFAULT_GROUPS = ["system:bootstrappers:kubeadm:default-node-token"];

/** `kubeadm token create [TOKEN] [--print-join-command] [--ttl D]`: models cmd/kubeadm/app/cmd/token.go. */
export const tokenCreate: KubeadmCommand = {
  path: "token create",
  summary: "Create bootstrap tokens on the server",
  flags: [
    { name: "print-join-command", type: "bool", default: false },
    { name: "ttl", type: "string", default: "24h0m0s" },
    { name: "description", type: "string", default: "" },
    { name: "groups", type: "slice", default: DEFAULT_GROUPS },
    { name: "usages", type: "slice", default: ["signing", "authentication"] },
    { name: "certificate-key", type: "string", default: "" },
  ],
  run(args, f, ctx) {
    const ttl = parseGoDuration(f.ttl as string);
    if (ttl === undefined) throw new KubeadmError(`invalid argument "${f.ttl}" for "--ttl" flag: time: invalid duration "${f.ttl}"`);
    let id: string;
    let secret: string;
    if (args[0]) {
      const m = TOKEN_RE.exec(args[0]);
      if (!m) throw new KubeadmError(`the bootstrap token "${args[0]}" was not of the form "^([a-z0-9]{6})\\.([a-z0-9]{16})$"`);
      [id, secret] = [m[1], m[2]];
    } else {
      id = ctx.environment.rand.string(6, ALPHABET);
      secret = ctx.environment.rand.string(16, ALPHABET);
    }
    const client = kubeadmClient(ctx);
    const now = ctx.environment.clock.now();
    client.create(tokenSecret({ id, secret, expires: ttl > 0 ? now + ttl : undefined, usages: f.usages as string[], description: (f.description as string) || undefined, groups: f.groups as string[] }));
    if (!f["print-join-command"]) {
      ctx.out(`${id}.${secret}\n`);
      return 0;
    }
    const server = (serverOf(ctx, ADMIN_CONF) ?? "").replace(/^https:\/\//, "");
    const ca = ctx.host.fs.exists("/etc/kubernetes/pki/ca.crt") ? ctx.host.fs.readFile("/etc/kubernetes/pki/ca.crt") : "";
    ctx.out(`kubeadm join ${server} --token ${id}.${secret} --discovery-token-ca-cert-hash ${caCertHash(ca)} \n`);
    return 0;
  },
};

/** `kubeadm token list`: the bootstrap tokens with their TTL. */
export const tokenList: KubeadmCommand = {
  path: "token list",
  summary: "List bootstrap tokens on the server",
  flags: [{ name: "output", short: "o", type: "string", default: "text" }],
  run(_args, _f, ctx) {
    const client = kubeadmClient(ctx);
    // kubeadm reads the clock after the API call, so a fresh 24h token already shows 23h.
    const now = ctx.environment.clock.now();
    const rows = listTokens(client)
      .filter((t) => t.expires === undefined || t.expires > now)
      .map((t) => [`${t.id}.${t.secret}`, t.expires === undefined ? "<forever>" : shortHumanDuration(t.expires - now - 1000), t.expires === undefined ? "<never>" : new Date(t.expires).toISOString().replace(/\.\d{3}Z$/, "Z"), t.usages.join(","), t.description ?? "<none>", t.groups.join(",")]);
    ctx.out(goTabwriter([["TOKEN", "TTL", "EXPIRES", "USAGES", "DESCRIPTION", "EXTRA GROUPS"], ...rows].map((r) => `${r.join("\t")}\n`).join(""), { minwidth: 10, padding: 3 }));
    return 0;
  },
};

/** `kubeadm token delete TOKEN...`. */
export const tokenDelete: KubeadmCommand = {
  path: "token delete",
  summary: "Delete bootstrap tokens on the server",
  flags: [],
  run(args, _f, ctx) {
    if (args.length === 0) throw new KubeadmError("missing argument; 'token delete' is missing token of form [\"^([a-z0-9]{6})$\"] or [\"^([a-z0-9]{6})\\.([a-z0-9]{16})$\"]");
    const client = kubeadmClient(ctx);
    for (const a of args) {
      const id = a.split(".")[0];
      try {
        client.delete("secrets", `bootstrap-token-${id}`, "kube-system");
      } catch {
        throw new KubeadmError(`failed to delete bootstrap token with ID "${id}": secrets "bootstrap-token-${id}" not found`);
      }
      ctx.out(`bootstrap token "${id}" deleted\n`);
    }
    return 0;
  },
};
