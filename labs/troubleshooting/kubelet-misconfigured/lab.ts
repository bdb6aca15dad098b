import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

const DROPIN = "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf";

export default defineLab({
  slug: "kubelet-misconfigured",
  title: "The kubelet on node01 will not start",
  summary: "A colleague edited the kubelet's systemd drop-in on node01; the kubelet now exits at start. Read its journal and repair it.",
  domain: "troubleshooting",
  competency: "Troubleshoot clusters and nodes",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.editFile("node01", DROPIN, (t) => t.replace("--config=/var/lib/kubelet/config.yaml", "--config=/var/lib/kubelet/kubelet-config.yaml"));
    s.run("ssh node01 systemctl daemon-reload");
    s.run("ssh node01 systemctl restart kubelet");
    s.advance(60_000);
  },
  tasks: [
    {
      id: "kubelet-runs",
      text: "Node `node01` is `NotReady`: its kubelet exits right after it starts. Find out why on the node (its journal says it), fix the kubelet's configuration and bring the node back to `Ready`. Do not create a new kubelet configuration file: point the kubelet back at the one kubeadm wrote.",
      checks: [
        {
          id: "node01-ready",
          title: "Node node01 is Ready",
          points: 2,
          check(c) {
            const ready = c.get("nodes", "node01")?.status?.conditions?.find((x: { type: string }) => x.type === "Ready");
            return ready?.status === "True" ? pass("node01 is Ready.") : fail(`expected node01 Ready=True, saw Ready=${ready?.status ?? "missing"}`);
          },
        },
        {
          id: "kubelet-config-path",
          title: "The kubelet on node01 runs with /var/lib/kubelet/config.yaml",
          points: 1,
          check(c) {
            const unit = c.service("node01", "kubelet");
            if (unit?.active !== "active") return fail(`expected kubelet.service active on node01, saw ${unit?.active ?? "no unit"}`);
            const dropin = c.file("node01", DROPIN) ?? "";
            const ok = /--config=\/var\/lib\/kubelet\/config\.yaml\b/.test(dropin) && !c.file("node01", "/var/lib/kubelet/kubelet-config.yaml");
            return ok ? pass("The drop-in points the kubelet at /var/lib/kubelet/config.yaml.") : fail("expected the drop-in to pass --config=/var/lib/kubelet/config.yaml and no second config file at /var/lib/kubelet/kubelet-config.yaml");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Troubleshooting kubeadm: the kubelet", url: "https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/troubleshooting-kubeadm/" },
    { title: "Configuring each kubelet in your cluster using kubeadm", url: "https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/kubelet-integration/" },
  ],
  wrongSolutions: [
    { why: "fixes the drop-in but restarts without daemon-reload, so systemd still runs the old command line", script: `ssh node01 sed -i 's#kubelet-config.yaml#config.yaml#' ${DROPIN}\nssh node01 systemctl restart kubelet\nsleep 10`, failsCheck: "node01-ready" },
    { why: "copies the config to the wrong path instead of fixing the drop-in", script: "ssh node01 cp /var/lib/kubelet/config.yaml /var/lib/kubelet/kubelet-config.yaml\nssh node01 systemctl restart kubelet\nsleep 10", failsCheck: "kubelet-config-path" },
  ],
});
