import { reportError, type Kubectl, type Subcommand } from "../context";
import { helpText } from "./create/generator";

function decide(k: Kubectl, approve: boolean): number {
  if (!k.args.length && !k.list("filename").length) return (k.err("error: one or more CSRs must be specified as <name> or -f <filename>\n"), 1);
  const word = approve ? "Approved" : "Denied";
  try {
    for (const name of k.args) {
      const csr = k.client().get("certificatesigningrequests", name);
      const conds = (csr.status?.conditions ?? []) as { type: string }[];
      if (conds.some((c) => c.type === word)) {
        k.out(`certificatesigningrequest.certificates.k8s.io/${name} ${approve ? "approved" : "denied"}\n`);
        continue;
      }
      if (conds.length && !k.bool("force")) return (k.err(`error: certificatesigningrequest.certificates.k8s.io/${name} is already ${conds[0].type}\n`), 1);
      const now = new Date(k.now).toISOString().replace(/\.\d{3}Z$/, "Z");
      const cond = { type: word, status: "True", reason: approve ? "KubectlApprove" : "KubectlDeny", message: `This CSR was ${approve ? "approved" : "denied"} by kubectl certificate ${approve ? "approve" : "deny"}.`, lastUpdateTime: now, lastTransitionTime: now };
      k.client().updateStatus({ ...csr, status: { ...(csr.status ?? {}), conditions: [...conds, cond] } });
      k.out(`certificatesigningrequest.certificates.k8s.io/${name} ${approve ? "approved" : "denied"}\n`);
    }
    // The signer in kube-controller-manager reacts within a moment, before the next command.
    if (approve) k.ctx.environment.advance(1000);
    return 0;
  } catch (e) {
    return reportError(k, e);
  }
}

const FLAGS = [
  { name: "force", type: "bool" as const },
  { name: "filename", short: "f", type: "array" as const },
  { name: "output", short: "o", type: "string" as const },
];

const approve: Subcommand = { name: "approve", summary: "Approve a certificate signing request", flags: FLAGS, help: helpText("Approve certificate signing requests.", "kubectl certificate approve (-f FILENAME | NAME) [options]", ["kubectl certificate approve jane"], [["--force=false", "Even if already denied."]]), run: (k) => decide(k, true) };
const deny: Subcommand = { name: "deny", summary: "Deny a certificate signing request", flags: FLAGS, help: helpText("Deny certificate signing requests.", "kubectl certificate deny (-f FILENAME | NAME) [options]", ["kubectl certificate deny jane"], [["--force=false", "Even if already approved."]]), run: (k) => decide(k, false) };

export const certificate: Subcommand = { name: "certificate", summary: "Modify certificate resources", flags: [], help: "", groupHelpTo: "stderr", children: [approve, deny] };
