import YAML from "yaml";
import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, type CheckView } from "../../../lib/labs/checks";
import { base64ToPem, certificateUser, commonName, parseCertificate, parseCsr, parsePrivateKey } from "../../../lib/engine/pki/x509";

const ask = (c: CheckView, args: string) => c.run(`kubectl auth can-i ${args}`).stdout.trim();

export default defineLab({
  slug: "csr-new-user",
  title: "A new user: key, CSR, kubeconfig and a Role",
  summary: "Give developer jane access to the cluster with a client certificate signed through the CertificateSigningRequest API, then just enough RBAC.",
  domain: "cluster-architecture",
  competency: "Manage role based access control (RBAC)",
  difficulty: "medium",
  minutes: 15,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace development");
    s.run("kubectl -n development run web --image=nginx:1.27");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "certificate",
      text: "On `controlplane`, create a 2048-bit private key `/root/jane.key` and a certificate signing request for user `jane` in group `developers` (subject `/CN=jane/O=developers`). Submit it as CertificateSigningRequest `jane` with signer `kubernetes.io/kube-apiserver-client` and usage `client auth`, approve it, and save the issued certificate to `/root/jane.crt`.",
      checks: [
        {
          id: "csr-approved",
          title: "CSR jane asks for CN=jane, O=developers and is approved and issued",
          points: 2,
          check(c) {
            const csr = c.get("csr", "jane");
            if (!csr) return expectSaw("CertificateSigningRequest jane", "none");
            const req = parseCsr(base64ToPem(csr.spec?.request ?? "") ?? "");
            const who = req && { name: commonName(req.subject) ?? "", groups: req.subject.filter(([k]) => k === "O").map(([, v]) => v) };
            if (who?.name !== "jane" || !who.groups.includes("developers")) return expectSaw("a request for CN=jane, O=developers", who ? `CN=${who.name}, O=${who.groups.join(",") || "none"}` : "an unreadable request");
            if (csr.spec?.signerName !== "kubernetes.io/kube-apiserver-client") return expectSaw("signer kubernetes.io/kube-apiserver-client", csr.spec?.signerName);
            const approved = (csr.status?.conditions ?? []).some((x: { type: string }) => x.type === "Approved");
            if (!approved || !csr.status?.certificate) return expectSaw("CSR jane Approved,Issued", approved ? "approved but not issued" : "not approved");
            return pass("CSR jane is approved and issued.");
          },
        },
        {
          id: "cert-file",
          title: "/root/jane.crt is jane's issued certificate and matches /root/jane.key",
          points: 2,
          check(c) {
            const cert = parseCertificate(c.file("controlplane", "/root/jane.crt") ?? "");
            const key = parsePrivateKey(c.file("controlplane", "/root/jane.key") ?? "");
            if (!key) return expectSaw("a private key in /root/jane.key", "none");
            if (!cert) return expectSaw("a PEM certificate in /root/jane.crt", "none");
            const ca = parseCertificate(c.file("controlplane", "/etc/kubernetes/pki/ca.crt") ?? "");
            if (certificateUser(cert).name !== "jane") return expectSaw("a certificate for CN=jane", `CN=${certificateUser(cert).name}`);
            if (cert.signerKeyId !== ca?.keyId) return expectSaw("a certificate signed by the cluster CA", "another issuer");
            return cert.keyId === key.id ? pass("jane.crt certifies jane.key and is signed by the cluster CA.") : expectSaw("the certificate of /root/jane.key", "a certificate for another key");
          },
        },
      ],
    },
    {
      id: "kubeconfig",
      text: "Add user `jane` (with `/root/jane.crt` and `/root/jane.key`) and context `jane` (cluster `kubernetes`, user `jane`, namespace `development`) to `/root/.kube/config`. Do not change the current context.",
      checks: [
        {
          id: "context-jane",
          title: "context jane authenticates as jane",
          points: 2,
          check(c) {
            const r = c.run("kubectl --context jane auth whoami");
            const user = /^Username\s+(\S+)$/m.exec(r.stdout)?.[1];
            return r.exitCode === 0 && user === "jane" ? pass("kubectl --context jane is user jane.") : expectSaw("user jane through context jane", (r.stdout || r.stderr).trim().split("\n").pop() || "nothing");
          },
        },
        {
          id: "context-namespace",
          title: "context jane defaults to namespace development and the admin context stays current",
          points: 1,
          check(c) {
            let cfg: { contexts?: { name: string; context?: { namespace?: string } }[]; "current-context"?: string } = {};
            try {
              cfg = YAML.parse(c.file("controlplane", "/root/.kube/config") ?? "") ?? {};
            } catch {
              return expectSaw("a readable /root/.kube/config", "a file that does not parse");
            }
            const ns = cfg.contexts?.find((x) => x.name === "jane")?.context?.namespace;
            const current = cfg["current-context"] ?? "";
            if (ns !== "development") return expectSaw("namespace development in context jane", ns || "no namespace");
            return current === "kubernetes-admin@kubernetes" ? pass("context jane uses development; the admin context is current.") : expectSaw("current context kubernetes-admin@kubernetes", current);
          },
        },
      ],
    },
    {
      id: "rbac",
      text: "Let `jane` get, list, create and delete Pods in namespace `development` — and nothing outside it — with a Role `developer` and a RoleBinding `developer-jane`. Check with `kubectl --context jane get pods`.",
      checks: [
        {
          id: "jane-pods",
          title: "jane may get, list, create and delete pods in development",
          points: 2,
          check(c) {
            for (const verb of ["get", "list", "create", "delete"]) if (ask(c, `${verb} pods -n development --as=jane --as-group=developers`) !== "yes") return expectSaw(`jane allowed to ${verb} pods in development`, "no");
            const r = c.run("kubectl --context jane get pods");
            return r.exitCode === 0 ? pass("jane can work with pods in development.") : expectSaw("kubectl --context jane get pods to succeed", r.stderr.trim());
          },
        },
        {
          id: "least-privilege",
          title: "jane gets nothing outside namespace development",
          points: 1,
          check(c) {
            for (const [args, what] of [["list pods -n default", "pods in default"], ["list secrets -n development", "secrets in development"], ["list nodes", "nodes"]]) if (ask(c, `${args} --as=jane --as-group=developers`) === "yes") return expectSaw(`no access to ${what}`, "access");
            const role = c.get("role", "developer", "development");
            const binding = c.get("rolebinding", "developer-jane", "development");
            if (!role || !binding) return expectSaw("Role developer and RoleBinding developer-jane in development", `${role ? "" : "no Role "}${binding ? "" : "no RoleBinding"}`.trim());
            return pass("jane's access ends at namespace development.");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Certificates and Certificate Signing Requests: normal user", url: "https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#normal-user" },
    { title: "Using RBAC Authorization", url: "https://kubernetes.io/docs/reference/access-authn-authz/rbac/" },
    { title: "kubectl config set-credentials", url: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_set-credentials/" },
  ],
  wrongSolutions: [
    {
      why: "signs the certificate with openssl directly instead of through the CSR API",
      script: `openssl genrsa -out /root/jane.key 2048
openssl req -new -key /root/jane.key -subj "/CN=jane/O=developers" -out /root/jane.csr
openssl x509 -req -in /root/jane.csr -CA /etc/kubernetes/pki/ca.crt -CAkey /etc/kubernetes/pki/ca.key -CAcreateserial -out /root/jane.crt -days 30`,
      failsCheck: "csr-approved",
    },
    {
      why: "binds the ClusterRole edit cluster-wide: jane can do far too much",
      script: `openssl genrsa -out /root/jane.key 2048
openssl req -new -key /root/jane.key -subj "/CN=jane/O=developers" -out /root/jane.csr
kubectl create clusterrolebinding developer-jane --clusterrole=edit --user=jane`,
      failsCheck: "least-privilege",
    },
  ],
});
