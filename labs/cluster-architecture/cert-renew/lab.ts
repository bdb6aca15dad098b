import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";
import { certPath, KUBEADM_CAS, KUBEADM_CERTS, PKI_DIR } from "../../../lib/engine/pki/kubeadm-certs";
import { kubeconfigClientCertificate } from "../../../lib/engine/pki/kubeconfig-files";
import { parseCertificate, type Certificate } from "../../../lib/engine/pki/x509";
import { expires } from "../../../lib/kubeadm/certs";
import type { CheckView } from "../../../lib/labs/checks";

const DAY = 86_400_000;
const OUT = "/opt/apiserver-expiry.txt";

function cert(c: CheckView, name: string): Certificate | undefined {
  const spec = KUBEADM_CERTS.find((k) => k.name === name)!;
  const text = c.file("controlplane", certPath(spec));
  if (text === undefined) return undefined;
  return spec.base ? parseCertificate(text) : kubeconfigClientCertificate(text);
}

/** When the cluster was created: the cluster CA's NotBefore (plus kubeadm's 5 minute backdate). */
function createdAt(c: CheckView): number {
  return parseCertificate(c.file("controlplane", `${PKI_DIR}/${KUBEADM_CAS[0].base}.crt`) ?? "")?.notBefore ?? 0;
}

export default defineLab({
  slug: "cert-renew",
  title: "Renew the kubeadm certificates",
  summary: "The cluster's certificates expire in about a month. Check them with kubeadm and renew them before they lock you out.",
  domain: "cluster-architecture",
  competency: "Create and manage Kubernetes clusters using kubeadm",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.advance(330 * DAY);
  },
  tasks: [
    {
      id: "renew",
      text: `The kubeadm-managed certificates on \`controlplane\` expire in about a month (\`kubeadm certs check-expiration\`). Renew **all** of them with kubeadm. Then write the new expiration date of the \`apiserver\` certificate, exactly as \`kubeadm certs check-expiration\` prints it in the EXPIRES column (for example \`Jan 02, 2027 10:00 UTC\`), into \`${OUT}\` on \`controlplane\`.`,
      checks: [
        {
          id: "all-renewed",
          title: "Every kubeadm certificate was renewed",
          points: 2,
          check(c) {
            const limit = createdAt(c) + 400 * DAY;
            const old = KUBEADM_CERTS.filter((k) => (cert(c, k.name)?.notAfter ?? 0) < limit).map((k) => k.name);
            return old.length === 0 ? pass("All kubeadm certificates are valid for about another year.") : expectSaw("every certificate renewed", `${old.join(", ")} still expiring within a month`);
          },
        },
        {
          id: "expiry-file",
          title: `${OUT} holds the apiserver certificate's new expiry`,
          points: 1,
          check(c) {
            const apiserver = cert(c, "apiserver");
            const want = apiserver ? expires(apiserver.notAfter) : "";
            const saw = (c.file("controlplane", OUT) ?? "").trim();
            return saw === want ? pass(`${OUT} says ${want}.`) : expectSaw(want, saw || "no file");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Certificate management with kubeadm", url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-certs/" },
    { title: "kubeadm certs", url: "https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-certs/" },
  ],
  wrongSolutions: [
    { why: "renews only the apiserver certificate", script: `kubeadm certs renew apiserver\nkubeadm certs check-expiration | grep '^apiserver ' | cut -c28-49 > ${OUT}`, failsCheck: "all-renewed" },
    { why: "writes the old expiry date before renewing", script: `kubeadm certs check-expiration | grep '^apiserver ' | cut -c28-49 > ${OUT}\nkubeadm certs renew all`, failsCheck: "expiry-file" },
  ],
});
