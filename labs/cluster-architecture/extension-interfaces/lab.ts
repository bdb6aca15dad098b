import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, type CheckView } from "../../../lib/labs/checks";

const CALICO_CONFLIST = `{
  "name": "k8s-pod-network",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "calico",
      "log_level": "info",
      "datastore_type": "kubernetes",
      "nodename": "__NODE__",
      "mtu": 0,
      "ipam": { "type": "calico-ipam" },
      "policy": { "type": "k8s" },
      "kubernetes": { "kubeconfig": "/etc/cni/net.d/calico-kubeconfig" }
    },
    { "type": "portmap", "snat": true, "capabilities": { "portMappings": true } },
    { "type": "bandwidth", "capabilities": { "bandwidth": true } }
  ]
}
`;

const answer = (c: CheckView, path: string) => c.file("controlplane", path)?.trim();

export default defineLab({
  slug: "extension-interfaces",
  title: "Which CNI, which runtime?",
  summary: "Find out from a node which container runtime endpoint the kubelet talks to and which CNI plugin wires pods.",
  domain: "cluster-architecture",
  competency: "Understand extension interfaces (CNI, CSI, CRI, etc.)",
  difficulty: "easy",
  minutes: 6,
  curriculumVersion: "1.32",
  setup(s) {
    for (const node of ["controlplane", "node01", "node02"]) s.writeFile(node, "/etc/cni/net.d/10-calico.conflist", CALICO_CONFLIST.replace("__NODE__", node));
  },
  tasks: [
    {
      id: "cri",
      text: "Write the container runtime endpoint that the kubelet on `node01` uses (the full `unix://` URL) to `/opt/course/5/cri.txt` on `controlplane`.",
      checks: [
        {
          id: "cri-endpoint",
          title: "/opt/course/5/cri.txt holds the runtime endpoint",
          points: 1,
          check(c) {
            const v = answer(c, "/opt/course/5/cri.txt");
            return v === "unix:///var/run/containerd/containerd.sock" || v === "unix:///run/containerd/containerd.sock" ? pass(`the endpoint is ${v}.`) : expectSaw("unix:///var/run/containerd/containerd.sock", v === undefined ? "no file" : JSON.stringify(v));
          },
        },
      ],
    },
    {
      id: "cni",
      text: "Write the name of the CNI plugin the cluster uses (one lower-case word, the `type` of its main plugin) to `/opt/course/5/cni.txt` on `controlplane`.",
      checks: [
        {
          id: "cni-name",
          title: "/opt/course/5/cni.txt names the CNI plugin",
          points: 1,
          check(c) {
            const v = answer(c, "/opt/course/5/cni.txt");
            return v?.toLowerCase() === "calico" ? pass("the CNI plugin is calico.") : expectSaw("calico", v === undefined ? "no file" : JSON.stringify(v));
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Network Plugins", url: "https://kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/" },
    { title: "Container Runtimes", url: "https://kubernetes.io/docs/setup/production-environment/container-runtimes/" },
  ],
  wrongSolutions: [
    { why: "writes the runtime's name rather than its endpoint", script: "mkdir -p /opt/course/5\necho containerd > /opt/course/5/cri.txt\necho calico > /opt/course/5/cni.txt", failsCheck: "cri-endpoint" },
    { why: "writes the network name from the conflist instead of the plugin type", script: "mkdir -p /opt/course/5\necho unix:///var/run/containerd/containerd.sock > /opt/course/5/cri.txt\necho k8s-pod-network > /opt/course/5/cni.txt", failsCheck: "cni-name" },
  ],
});
