import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { DAY_MS, deriveKey, signRequest, verifyCertificate, x509ErrorText } from "./issue";
import { caCertificate, KUBEADM_CAS, KUBEADM_CERTS, readCa, readKubeadmCert, renewKubeadmCert } from "./kubeadm-certs";
import { certificateUser, encodeCertificate, encodeCsr, formatDn, parseCertificate, parseCsr, parseSubject } from "./x509";

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const env = () => createCluster({ clock: new ManualClock(T0), rand: new Rand(1) });

describe("kubeadm PKI files", () => {
  const e = env();
  const fs = e.host("controlplane")!.fs;
  it.each(KUBEADM_CERTS.map((c) => [c.name, c] as const))("%s is signed by its CA and valid for one year", (_, spec) => {
    const cert = readKubeadmCert(fs, spec)!;
    const ca = readCa(fs, spec.ca).cert!;
    expect(verifyCertificate(cert, ca, T0).ok).toBe(true);
    expect(cert.notAfter - T0).toBe(365 * DAY_MS);
    expect(cert.notBefore).toBe(ca.notBefore);
  });
  it.each(KUBEADM_CAS.map((c) => [c.name] as const))("CA %s is valid ten years, back-dated five minutes", (name) => {
    const ca = readCa(fs, name);
    expect(ca.key?.id).toBe(ca.cert?.keyId);
    expect([ca.cert!.notBefore, ca.cert!.notAfter]).toEqual([T0 - 300_000, T0 + 3650 * DAY_MS]);
  });
  it.each([
    ["admin.conf", "kubernetes-admin", ["kubeadm:cluster-admins"]],
    ["super-admin.conf", "kubernetes-super-admin", ["system:masters"]],
    ["scheduler.conf", "system:kube-scheduler", []],
  ] as const)("%s identifies %s", (name, user, groups) => {
    expect(certificateUser(readKubeadmCert(fs, KUBEADM_CERTS.find((c) => c.name === name)!)!)).toEqual({ name: user, groups });
  });
  it("apiserver certificate carries the kubeadm SANs", () => {
    const c = readKubeadmCert(fs, KUBEADM_CERTS.find((x) => x.name === "apiserver")!)!;
    expect(c.sans).toEqual({ dns: ["controlplane", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"], ip: ["10.96.0.1", "172.30.1.2"] });
    expect(formatDn(c.subject)).toBe("CN = kube-apiserver");
  });
  it("workers get ca.crt and a kubelet client certificate only", () => {
    const w = e.host("node01")!.fs;
    expect([w.exists("/etc/kubernetes/pki/ca.crt"), w.exists("/etc/kubernetes/pki/ca.key"), w.exists("/var/lib/kubelet/pki/kubelet-client-current.pem")]).toEqual([true, false, true]);
    expect(certificateUser(parseCertificate(w.readFile("/var/lib/kubelet/pki/kubelet-client-current.pem"))!)).toEqual({ name: "system:node:node01", groups: ["system:nodes"] });
  });
  it("same seed and time give identical files", () => {
    expect(env().host("controlplane")!.fs.readFile("/etc/kubernetes/admin.conf")).toBe(fs.readFile("/etc/kubernetes/admin.conf"));
  });
});

describe("renewal and expiry", () => {
  it.each(["apiserver", "admin.conf", "etcd-server"])("renews %s for a year from now", (name) => {
    const e = env();
    const fs = e.host("controlplane")!.fs;
    const spec = KUBEADM_CERTS.find((c) => c.name === name)!;
    const before = readKubeadmCert(fs, spec)!;
    const later = T0 + 400 * DAY_MS;
    expect(verifyCertificate(before, readCa(fs, spec.ca).cert, later)).toEqual({ ok: false, reason: "expired" });
    renewKubeadmCert(fs, name, later);
    const after = readKubeadmCert(fs, spec)!;
    expect(after.notAfter).toBe(later + 365 * DAY_MS);
    expect(after.serial).not.toBe(before.serial);
    expect([after.subject, after.sans, after.keyId]).toEqual([before.subject, before.sans, before.keyId]);
  });
  it("x509 error text names both times", () => {
    const ca = caCertificate(KUBEADM_CAS[0], "kubernetes", T0);
    const key = deriveKey("jane");
    const csr = { kind: "csr" as const, subject: [["CN", "jane"]] as [string, string][], keyId: key.id, bits: 2048 };
    const cert = signRequest(csr, { ca, caKey: deriveKey("kubeadm-ca:ca"), serial: "01", notBefore: T0, notAfter: T0 + DAY_MS });
    const now = T0 + 2 * DAY_MS + 1234;
    const r = verifyCertificate(cert, ca, now);
    expect(r.ok ? "" : x509ErrorText(cert, r, now)).toBe("x509: certificate has expired or is not yet valid: current time 2026-01-03T09:00:01Z is after 2026-01-02T09:00:00Z");
    expect(parseCertificate(encodeCertificate(cert))).toEqual(cert);
    expect(parseCsr(encodeCsr(csr))).toEqual(csr);
  });
});

describe("openssl -subj syntax", () => {
  it.each([
    ["/CN=jane/O=dev", [["CN", "jane"], ["O", "dev"]]],
    ["/CN=jane/O=dev/O=qa", [["CN", "jane"], ["O", "dev"], ["O", "qa"]]],
    ["/CN=a\\/b", [["CN", "a/b"]]],
    ["CN=jane", { error: "subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: 'CN=jane'" }],
  ])("%s", (subj, want) => expect(parseSubject(subj)).toEqual(want));
});
