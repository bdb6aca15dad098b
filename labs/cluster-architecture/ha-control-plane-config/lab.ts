import YAML from "yaml";
import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, type CheckView } from "../../../lib/labs/checks";

const CONFIG = "/root/kubeadm-ha.yaml";
const INIT = "/root/init.sh";
const ENDPOINT = "k8s-api.lab.internal:6443";
const API_VERSIONS = ["kubeadm.k8s.io/v1beta4", "kubeadm.k8s.io/v1beta3"];

type Doc = Record<string, unknown> & { kind?: string; apiVersion?: string };

/** The ClusterConfiguration document of the file (kubeadm accepts several documents in one file). */
function clusterConfiguration(c: CheckView): Doc | string {
  const text = c.file("controlplane", CONFIG);
  if (text === undefined) return "no such file";
  try {
    const docs = YAML.parseAllDocuments(text).map((d) => d.toJS() as Doc).filter(Boolean);
    return docs.find((d) => d.kind === "ClusterConfiguration") ?? `no ClusterConfiguration document (kinds: ${docs.map((d) => d.kind ?? "?").join(", ") || "none"})`;
  } catch {
    return "a file that is not valid YAML";
  }
}

function field(id: string, title: string, points: number, want: string, read: (doc: Doc) => unknown) {
  return {
    id,
    title,
    points,
    check(c: CheckView) {
      const doc = clusterConfiguration(c);
      if (typeof doc === "string") return expectSaw(`a ClusterConfiguration in ${CONFIG}`, doc);
      const value = read(doc);
      return value === want ? pass(`${title}.`) : expectSaw(want, value === undefined ? "nothing" : JSON.stringify(value));
    },
  };
}

export default defineLab({
  slug: "ha-control-plane-config",
  title: "Plan a highly-available control plane",
  summary: "Write the kubeadm configuration and init command for a stacked-etcd HA control plane behind a load balancer.",
  domain: "cluster-architecture",
  competency: "Implement and configure a highly-available control plane",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.writeFile("controlplane", "/root/README-ha.txt", `The team will build a new cluster with three control-plane nodes behind the load balancer\n${ENDPOINT} (TCP 6443), etcd stacked on the control-plane nodes, Calico for pods (192.168.0.0/16).\n`);
  },
  tasks: [
    {
      id: "config",
      text: `On \`controlplane\`, write \`${CONFIG}\`: a kubeadm \`ClusterConfiguration\` (API \`kubeadm.k8s.io/v1beta4\`) for Kubernetes \`v1.32.5\` whose API endpoint is the load balancer \`${ENDPOINT}\` (so every control-plane node is reachable through it), with pod subnet \`192.168.0.0/16\` and local (stacked) etcd. See \`/root/README-ha.txt\`.`,
      checks: [
        {
          id: "config-kind",
          title: `${CONFIG} holds a kubeadm ClusterConfiguration`,
          points: 1,
          check(c) {
            const doc = clusterConfiguration(c);
            if (typeof doc === "string") return expectSaw(`a ClusterConfiguration in ${CONFIG}`, doc);
            return API_VERSIONS.includes(doc.apiVersion ?? "") ? pass("the document is a kubeadm ClusterConfiguration.") : expectSaw("apiVersion kubeadm.k8s.io/v1beta4", String(doc.apiVersion));
          },
        },
        field("control-plane-endpoint", `controlPlaneEndpoint is ${ENDPOINT}`, 2, ENDPOINT, (d) => d.controlPlaneEndpoint),
        field("kubernetes-version", "kubernetesVersion is v1.32.5", 1, "v1.32.5", (d) => d.kubernetesVersion),
        field("pod-subnet", "networking.podSubnet is 192.168.0.0/16", 1, "192.168.0.0/16", (d) => (d.networking as { podSubnet?: string } | undefined)?.podSubnet),
        {
          id: "stacked-etcd",
          title: "etcd is local (stacked), not external",
          points: 1,
          check(c) {
            const doc = clusterConfiguration(c);
            if (typeof doc === "string") return expectSaw(`a ClusterConfiguration in ${CONFIG}`, doc);
            const etcd = doc.etcd as { external?: unknown } | undefined;
            return etcd?.external ? expectSaw("local etcd (no etcd.external)", "etcd.external is set") : pass("etcd is stacked.");
          },
        },
      ],
    },
    {
      id: "init",
      text: `Write to \`${INIT}\` the single \`kubeadm init\` command that uses this file and uploads the control-plane certificates to the cluster, so the other control-plane nodes can join with \`--certificate-key\`.`,
      checks: [
        {
          id: "init-command",
          title: `${INIT} runs kubeadm init with the config and --upload-certs`,
          points: 2,
          check(c) {
            const lines = (c.file("controlplane", INIT) ?? "").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
            const init = lines.find((l) => /^(sudo\s+)?kubeadm\s+init\b/.test(l));
            if (!init) return expectSaw("a kubeadm init command", lines.length ? JSON.stringify(lines.join("; ")) : "no command");
            const words = init.split(/\s+/);
            const config = words.find((w, i) => w.startsWith("--config=") || words[i - 1] === "--config");
            const configPath = config?.startsWith("--config=") ? config.slice(9) : config;
            const missing = [configPath === CONFIG || configPath === "kubeadm-ha.yaml" ? "" : `--config ${CONFIG}`, words.includes("--upload-certs") ? "" : "--upload-certs"].filter(Boolean);
            return missing.length ? expectSaw(`kubeadm init with ${missing.join(" and ")}`, JSON.stringify(init)) : pass("the init command is right.");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Creating Highly Available Clusters with kubeadm", url: "https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/high-availability/" },
    { title: "Options for Highly Available Topology", url: "https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/ha-topology/" },
    { title: "kubeadm Configuration (v1beta4)", url: "https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/" },
  ],
  otherSolutions: [
    {
      why: "v1beta3, --config= form and an explicit local etcd data dir",
      script: `printf 'apiVersion: kubeadm.k8s.io/v1beta3\\nkind: ClusterConfiguration\\nkubernetesVersion: v1.32.5\\ncontrolPlaneEndpoint: "${ENDPOINT}"\\nnetworking:\\n  podSubnet: 192.168.0.0/16\\netcd:\\n  local:\\n    dataDir: /var/lib/etcd\\n' > ${CONFIG}\necho 'sudo kubeadm init --config=${CONFIG} --upload-certs' > ${INIT}`,
    },
  ],
  wrongSolutions: [
    { why: "points the endpoint at this node instead of the load balancer", script: `printf 'apiVersion: kubeadm.k8s.io/v1beta4\\nkind: ClusterConfiguration\\nkubernetesVersion: v1.32.5\\ncontrolPlaneEndpoint: 172.30.1.2:6443\\nnetworking:\\n  podSubnet: 192.168.0.0/16\\n' > ${CONFIG}\necho 'kubeadm init --config ${CONFIG} --upload-certs' > ${INIT}`, failsCheck: "control-plane-endpoint" },
    { why: "forgets --upload-certs, so joining control-plane nodes need the certificates copied by hand", script: `printf 'apiVersion: kubeadm.k8s.io/v1beta4\\nkind: ClusterConfiguration\\nkubernetesVersion: v1.32.5\\ncontrolPlaneEndpoint: ${ENDPOINT}\\nnetworking:\\n  podSubnet: 192.168.0.0/16\\n' > ${CONFIG}\necho 'kubeadm init --config ${CONFIG}' > ${INIT}`, failsCheck: "init-command" },
  ],
});
