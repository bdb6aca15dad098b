import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { encodeCsr, pemToBase64 } from "../../engine/pki/x509";
import { csrStatus, describeCsr } from "./certificates";

const request = (subject: [string, string][], sans?: { dns: string[]; ip: string[] }) => pemToBase64(encodeCsr({ kind: "csr", subject, keyId: "k1", bits: 2048, sans }));

const csr = (name: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}) =>
  ({ apiVersion: "certificates.k8s.io/v1", kind: "CertificateSigningRequest", metadata: { name, uid: "u", creationTimestamp: "2026-01-01T10:00:00Z" }, spec, status }) as unknown as KubeObject;

describe("describe certificatesigningrequest", () => {
  it("prints the requester, signer, duration, status and the request's subject", () => {
    const obj = csr(
      "jane",
      { request: request([["CN", "jane"], ["O", "dev"], ["O", "qa"]]), signerName: "kubernetes.io/kube-apiserver-client", expirationSeconds: 86400, usages: ["client auth"], username: "kubernetes-admin" },
      { conditions: [{ type: "Approved", status: "True" }], certificate: "Y2VydA==" },
    );
    expect(describeCsr(obj, [], 0)).toBe(
      [
        "Name:                jane",
        "Labels:              <none>",
        "Annotations:         <none>",
        "CreationTimestamp:   Thu, 01 Jan 2026 10:00:00 +0000",
        "Requesting User:     kubernetes-admin",
        "Signer:              kubernetes.io/kube-apiserver-client",
        "Requested Duration:  24h",
        "Status:              Approved,Issued",
        "Subject:",
        "         Common Name:    jane",
        "         Serial Number:  ",
        "         Organization:   dev",
        "                         qa",
        "Events:  <none>",
        "",
      ].join("\n"),
    );
  });

  it("lists subject alternative names and omits the events section when events are off", () => {
    const obj = csr("web", {
      request: request([["CN", "system:node:node01"], ["O", "system:nodes"]], { dns: ["web.default.svc", "web"], ip: ["10.96.0.10"] }),
      signerName: "kubernetes.io/kubelet-serving",
      usages: ["server auth"],
      username: "system:node:node01",
    });
    expect(describeCsr(obj, undefined, 0)).toBe(
      [
        "Name:               web",
        "Labels:             <none>",
        "Annotations:        <none>",
        "CreationTimestamp:  Thu, 01 Jan 2026 10:00:00 +0000",
        "Requesting User:    system:node:node01",
        "Signer:             kubernetes.io/kubelet-serving",
        "Status:             Pending",
        "Subject:",
        "  Common Name:    system:node:node01",
        "  Serial Number:  ",
        "  Organization:   system:nodes",
        "Subject Alternative Names:",
        "  DNS Names:     web.default.svc",
        "                 web",
        "  IP Addresses:  10.96.0.10",
        "",
      ].join("\n"),
    );
  });

  it("derives the status column from the conditions and the issued certificate", () => {
    const withConds = (types: string[], certificate?: string) => csr("x", {}, { conditions: types.map((type) => ({ type })), certificate });
    expect(csrStatus(withConds([]))).toBe("Pending");
    expect(csrStatus(withConds(["Approved", "Denied"]))).toBe("Denied");
    expect(csrStatus(withConds(["Approved", "Failed"]))).toBe("Approved,Failed");
    expect(csrStatus(withConds(["Approved"], "Y2VydA=="))).toBe("Approved,Issued");
  });
});
