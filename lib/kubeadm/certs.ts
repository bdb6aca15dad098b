import { goTabwriter } from "../kubectl/printers/gotabwriter";
import { KUBEADM_CAS, KUBEADM_CERTS, PKI_DIR, readKubeadmCert, renewKubeadmCert, RenewError } from "../engine/pki/kubeadm-certs";
import { parseCertificate } from "../engine/pki/x509";
import type { CommandContext } from "../shell/types";
import { READ_CONFIG } from "./client";
import { KubeadmError } from "./errors";
import { shortHumanDuration } from "./tokens";
import type { KubeadmCommand } from "./types";

/** Models cmd/kubeadm/app/cmd/certs.go (check-expiration and renew) over the PKI model (engine/pki). */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Go layout "Jan 02, 2006 15:04 MST" in UTC. */
export function expires(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())}, ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}

const tab = (rows: string[][]) => goTabwriter(rows.map((r) => `${r.join("\t")}\n`).join(""), { minwidth: 10, padding: 3 });

function requireControlPlane(ctx: CommandContext): void {
  if (!ctx.host.fs.exists(`${PKI_DIR}/ca.key`)) throw new KubeadmError(`failed to load existing certificate ca: open ${PKI_DIR}/ca.key: no such file or directory`);
}

export const certsCheckExpiration: KubeadmCommand = {
  path: "certs check-expiration",
  summary: "Check certificates expiration for a Kubernetes cluster",
  flags: [
    { name: "cert-dir", type: "string", default: PKI_DIR },
    { name: "config", type: "string", default: "" },
    { name: "kubeconfig", type: "string", default: "/etc/kubernetes/admin.conf" },
    { name: "output", short: "o", type: "string", default: "text" },
  ],
  run(_args, _f, ctx) {
    requireControlPlane(ctx);
    const now = ctx.environment.clock.now();
    const fs = ctx.host.fs;
    ctx.out(`${READ_CONFIG("check-expiration")}\n`);
    const rows = [["CERTIFICATE", "EXPIRES", "RESIDUAL TIME", "CERTIFICATE AUTHORITY", "EXTERNALLY MANAGED"]];
    const missing: string[] = [];
    for (const c of KUBEADM_CERTS) {
      const cert = readKubeadmCert(fs, c);
      if (!cert) {
        missing.push(`!MISSING! ${c.name}\n`);
        rows.push([`!MISSING! ${c.name}`, "", "", "", ""]);
        continue;
      }
      rows.push([c.name, expires(cert.notAfter), shortHumanDuration(cert.notAfter - now), c.ca, "no"]);
    }
    ctx.out(tab(rows).replace(/^(!MISSING! \S+)\s+$/gm, "$1"));
    ctx.out("\n");
    const caRows = [["CERTIFICATE AUTHORITY", "EXPIRES", "RESIDUAL TIME", "EXTERNALLY MANAGED"]];
    for (const ca of KUBEADM_CAS) {
      const path = `${PKI_DIR}/${ca.base}.crt`;
      const cert = fs.exists(path) ? parseCertificate(fs.readFile(path)) : undefined;
      if (!cert) caRows.push([`!MISSING! ${ca.name}`, "", "", ""]);
      else caRows.push([ca.name, expires(cert.notAfter), shortHumanDuration(cert.notAfter - now), "no"]);
    }
    ctx.out(tab(caRows).replace(/^(!MISSING! \S+)\s+$/gm, "$1"));
    void missing;
    return 0;
  },
};

/** What `kubeadm certs renew` says for each certificate (its long description). */
const RENEWED: Record<string, string> = {
  "admin.conf": "certificate embedded in the kubeconfig file for the admin to use and for kubeadm itself",
  apiserver: "certificate for serving the Kubernetes API",
  "apiserver-etcd-client": "certificate the apiserver uses to access etcd",
  "apiserver-kubelet-client": "certificate for the API server to connect to kubelet",
  "controller-manager.conf": "certificate embedded in the kubeconfig file for the controller manager to use",
  "etcd-healthcheck-client": "certificate for liveness probes to healthcheck etcd",
  "etcd-peer": "certificate for etcd nodes to communicate with each other",
  "etcd-server": "certificate for serving etcd",
  "front-proxy-client": "certificate for the front proxy client",
  "scheduler.conf": "certificate embedded in the kubeconfig file for the scheduler manager to use",
  "super-admin.conf": "certificate embedded in the kubeconfig file for the super-admin",
};

function renewOne(ctx: CommandContext, name: string): void {
  try {
    renewKubeadmCert(ctx.host.fs, name, ctx.environment.clock.now());
  } catch (e) {
    if (e instanceof RenewError) throw new KubeadmError(e.message);
    throw e;
  }
  ctx.out(`${RENEWED[name]} renewed\n`);
}

/** `kubeadm certs renew NAME|all`: one subcommand per certificate, as cobra registers them. */
export const certsRenew: KubeadmCommand[] = [
  ...KUBEADM_CERTS.map(
    (c): KubeadmCommand => ({
      path: `certs renew ${c.name}`,
      summary: `Renew the ${RENEWED[c.name]}`,
      flags: [{ name: "cert-dir", type: "string", default: PKI_DIR }],
      run(_args, _f, ctx) {
        requireControlPlane(ctx);
        ctx.out(`${READ_CONFIG("renew")}\n`);
        renewOne(ctx, c.name);
        ctx.out("\nDone renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.\n");
        return 0;
      },
    }),
  ),
  {
    path: "certs renew all",
    summary: "Renew all available certificates",
    flags: [{ name: "cert-dir", type: "string", default: PKI_DIR }],
    run(_args, _f, ctx) {
      requireControlPlane(ctx);
      ctx.out(`${READ_CONFIG("renew")}\n`);
      for (const c of KUBEADM_CERTS) if (readKubeadmCert(ctx.host.fs, c)) renewOne(ctx, c.name);
      ctx.out("\nDone renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.\n");
      return 0;
    },
  },
];
