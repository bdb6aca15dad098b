import type { UserInfo } from "../api/types";
import { unauthorized } from "../api/errors";
import { verifyCertificate, x509ErrorText } from "../pki/issue";
import { base64ToPem, certificateUser, parseCertificate, type Certificate } from "../pki/x509";

/**
 * What a client presents to kube-apiserver, and how the server turns it into a user (models
 * staging/src/k8s.io/apiserver/pkg/authentication: x509 request authenticator, service-account
 * token authenticator, anonymous). Also the client's check of the server certificate.
 */
export interface Credentials {
  /** PEM text of the client certificate and key (read from files or decoded from `*-data`). */
  clientCertificate?: string;
  clientKey?: string;
  /** Bearer token (`token:` in kubeconfig). */
  token?: string;
  /** PEM of the CA the client trusts for the server (certificate-authority[-data]). */
  certificateAuthority?: string;
  insecureSkipTlsVerify?: boolean;
}

export const isCredentials = (v: UserInfo | Credentials): v is Credentials => !("name" in v && "groups" in v);

const ANONYMOUS: UserInfo = { name: "system:anonymous", groups: ["system:unauthenticated"] };
/** The message kubectl shows when the server answers 401. */
export const UNAUTHORIZED_MESSAGE = "the server has asked for the client to provide credentials";

export interface AuthnContext {
  /** The cluster CA (kube-apiserver --client-ca-file). */
  clientCa?: Certificate;
  nowMs: number;
  /** The UID of a live service account, or undefined. */
  serviceAccountUid(namespace: string, name: string): string | undefined;
}

function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split(".")[1];
  if (!part) return undefined;
  try {
    const json = base64ToPem(part.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (part.length % 4)) % 4));
    return json ? (JSON.parse(json) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The user a request authenticates as; throws 401 when credentials are presented but invalid. */
export function authenticate(c: Credentials, ctx: AuthnContext): UserInfo {
  if (c.clientCertificate) {
    const cert = parseCertificate(c.clientCertificate);
    if (cert && verifyCertificate(cert, ctx.clientCa, ctx.nowMs).ok) {
      const u = certificateUser(cert);
      if (u.name) return { name: u.name, groups: [...u.groups, "system:authenticated"] };
    }
    if (!c.token) throw unauthorized(UNAUTHORIZED_MESSAGE);
  }
  if (c.token) {
    const p = decodeJwtPayload(c.token);
    const sub = typeof p?.sub === "string" ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(p.sub) : null;
    const ref = p?.["kubernetes.io"] as { serviceaccount?: { uid?: string } } | undefined;
    const exp = typeof p?.exp === "number" ? p.exp * 1000 : Infinity;
    const uid = sub ? ctx.serviceAccountUid(sub[1], sub[2]) : undefined;
    if (!sub || !uid || exp < ctx.nowMs || (ref?.serviceaccount?.uid && ref.serviceaccount.uid !== uid)) throw unauthorized(UNAUTHORIZED_MESSAGE);
    return { name: p!.sub as string, groups: ["system:serviceaccounts", `system:serviceaccounts:${sub[1]}`, "system:authenticated"] };
  }
  return ANONYMOUS;
}

/**
 * The client side of the TLS handshake: the server certificate must chain to the CA the kubeconfig
 * trusts and be within its validity. Returns Go's error text after `tls: failed to verify certificate: `.
 */
export function verifyServer(serverCert: Certificate, c: Credentials, nowMs: number): string | undefined {
  if (c.insecureSkipTlsVerify) return undefined;
  const ca = c.certificateAuthority ? parseCertificate(c.certificateAuthority) : undefined;
  const r = verifyCertificate(serverCert, ca, nowMs);
  return r.ok ? undefined : x509ErrorText(serverCert, r, nowMs);
}
