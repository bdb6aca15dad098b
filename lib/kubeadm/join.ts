import { nodeObject } from "../engine/bootstrap";
import { rfc3339 } from "../engine/clock";
import { ConnectionError } from "../engine/environment";
import { clientCertificate } from "../engine/pki/kubeadm-certs";
import { kubeconfigYaml } from "../engine/pki/kubeconfig-files";
import { encodeCertificate, encodeKey, pemToBase64 } from "../engine/pki/x509";
import { readInstalled, upstreamVersion } from "../engine/nodes/packages";
import { KubeadmError, preflightErrors } from "./errors";
import { caCertHash, listTokens, TOKEN_RE } from "./tokens";
import type { KubeadmCommand } from "./types";

const KUBELET_CONF = "/etc/kubernetes/kubelet.conf";
const CA = "/etc/kubernetes/pki/ca.crt";

/**
 * `kubeadm join HOST:PORT --token T --discovery-token-ca-cert-hash sha256:H` on a prepared node:
 * preflight, discovery (token and CA pin checked against the cluster), TLS bootstrap (ca.crt and
 * kubelet.conf written), the kubelet started, and the node registered. Models cmd/kubeadm/app/cmd/join.go.
 */
export const join: KubeadmCommand = {
  path: "join",
  summary: "Run this on any machine you wish to join an existing cluster",
  flags: [
    { name: "token", type: "string", default: "" },
    { name: "discovery-token", type: "string", default: "" },
    { name: "discovery-token-ca-cert-hash", type: "slice", default: [] },
    { name: "discovery-token-unsafe-skip-ca-verification", type: "bool", default: false },
    { name: "node-name", type: "string", default: "" },
    { name: "cri-socket", type: "string", default: "" },
    { name: "control-plane", type: "bool", default: false },
    { name: "certificate-key", type: "string", default: "" },
    { name: "ignore-preflight-errors", type: "slice", default: [] },
    { name: "v", type: "string", default: "0" },
  ],
  run(args, f, ctx) {
    const fs = ctx.host.fs;
    const token = (f["discovery-token"] as string) || (f.token as string);
    const hashes = f["discovery-token-ca-cert-hash"] as string[];
    if (args.length === 0) throw new KubeadmError("discovery: Invalid value: \"\": bootstrapToken or file must be set");
    if (!token) throw new KubeadmError("discovery.bootstrapToken: Invalid value: \"\": using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue");
    if (!TOKEN_RE.test(token)) throw new KubeadmError(`discovery.bootstrapToken.token: Invalid value: "${token}": the bootstrap token is invalid`);
    if (hashes.length === 0 && !f["discovery-token-unsafe-skip-ca-verification"]) throw new KubeadmError("discovery.bootstrapToken.caCertHashes: Invalid value: \"\": using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue");
    if (f["control-plane"]) throw new KubeadmError("error execution phase preflight: \nOne or more conditions for hosting a new control plane instance is not satisfied.\n\n[failure loading certificate for CA: couldn't load the certificate file /etc/kubernetes/pki/ca.crt: open /etc/kubernetes/pki/ca.crt: no such file or directory]\n\nPlease ensure that:\n* The cluster has a stable controlPlaneEndpoint address.\n* The certificates that must be shared among control plane instances are provided.");
    ctx.out("[preflight] Running pre-flight checks\n");
    const ignored = (f["ignore-preflight-errors"] as string[]).map((s) => s.toLowerCase());
    const errors: string[] = [];
    if (ctx.user !== "root") errors.push("IsPrivilegedUser]: user is not running as root");
    if (fs.exists(KUBELET_CONF)) errors.push(`FileAvailable--etc-kubernetes-kubelet.conf]: ${KUBELET_CONF} already exists`);
    if (ctx.host.systemd.status("kubelet")?.active === "active") errors.push("Port-10250]: Port 10250 is in use");
    if (fs.exists(CA)) errors.push(`FileAvailable--etc-kubernetes-pki-ca.crt]: ${CA} already exists`);
    const fatal = errors.filter((e) => !ignored.includes("all") && !ignored.includes(e.slice(0, e.indexOf("]")).toLowerCase()));
    if (fatal.length) throw preflightErrors(fatal);
    const server = `https://${args[0]}`;
    let client;
    try {
      client = ctx.environment.dial(server, { name: "system:bootstrap", groups: ["system:masters", "system:authenticated"] });
    } catch (e) {
      if (!(e instanceof ConnectionError)) throw e;
      throw new KubeadmError(`error execution phase preflight: couldn't validate the identity of the API Server: failed to request the cluster-info ConfigMap: Get "${server}/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": dial tcp ${e.hostPort}: connect: connection ${e.kind === "timeout" ? "timed out" : "refused"}`);
    }
    const [id, secret] = token.split(".");
    const now = ctx.environment.clock.now();
    const found = listTokens(client).find((t) => t.id === id && t.secret === secret && (t.expires === undefined || t.expires > now));
    if (!found) throw new KubeadmError(`error execution phase preflight: couldn't validate the identity of the API Server: could not find a JWS signature in the cluster-info ConfigMap for token ID "${id}"`);
    const cpHost = ctx.environment.hostNames().map((n) => ctx.environment.host(n)!).find((h) => `${h.ip}:6443` === args[0]);
    const caPem = cpHost?.fs.exists(CA) ? cpHost.fs.readFile(CA) : "";
    const pin = caCertHash(caPem);
    if (!f["discovery-token-unsafe-skip-ca-verification"] && !hashes.includes(pin)) throw new KubeadmError(`error execution phase preflight: couldn't validate the identity of the API Server: cluster CA found in cluster-info ConfigMap is invalid: none of the public keys "${pin}" are pinned`);
    ctx.out(`[preflight] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n[preflight] Use 'kubeadm init phase upload-config --config your-config.yaml' to re-upload it.\n`);
    const name = (f["node-name"] as string) || ctx.host.name;
    const clusterName = ctx.host.cluster ?? "kubernetes";
    fs.mkdir("/etc/kubernetes/pki", { recursive: true });
    fs.writeFile(CA, caPem);
    const kubelet = clientCertificate(clusterName, [["O", "system:nodes"], ["CN", `system:node:${name}`]], now);
    fs.mkdir("/var/lib/kubelet/pki", { recursive: true });
    fs.writeFile("/var/lib/kubelet/pki/kubelet-client-current.pem", encodeCertificate(kubelet.cert) + encodeKey(kubelet.key, "RSA PRIVATE KEY"));
    fs.writeFile(KUBELET_CONF, kubeconfigYaml({ cluster: clusterName, server, caData: pemToBase64(caPem), user: "default-auth", context: `default-auth@${clusterName}`, certPath: "/var/lib/kubelet/pki/kubelet-client-current.pem" }));
    ctx.out('[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[kubelet-start] Writing kubelet environment file with flags to file "/var/lib/kubelet/kubeadm-flags.env"\n[kubelet-start] Starting the kubelet\n');
    ctx.host.systemd.start("kubelet");
    ctx.out("[kubelet-check] Waiting for a healthy kubelet at http://127.0.0.1:10248/healthz. This can take up to 4m0s\n[kubelet-check] The kubelet is healthy after 1.001860357s\n[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap\n");
    const version = upstreamVersion(readInstalled(fs).kubelet?.version ?? "1.32.5-1.1");
    const existing = client.list("nodes").items;
    if (!existing.some((n) => n.metadata.name === name)) {
      const node = nodeObject({ name: clusterName, context: "", version, nodes: [], podCidr: "192.168.0.0/16" }, { name, role: "worker", ip: ctx.host.ip }, existing.length, rfc3339(now));
      client.create(node);
    }
    ctx.environment.advance(2000);
    ctx.out("\nThis node has joined the cluster:\n* Certificate signing request was sent to apiserver and a response was received.\n* The Kubelet was informed of the new secure connection details.\n\nRun 'kubectl get nodes' on the control-plane to see this node join the cluster.\n\n");
    return 0;
  },
};
