/**
 * What a unit's program writes to the journal when it starts cleanly: the kubelet's deprecation
 * warnings and klog lines (v1.32, kubeadm flags), containerd's first lines. Deterministic: offsets
 * from the start time are fixed, the pid is the unit's.
 */

const CONTAINERD_VERSION = "1.7.27";
const CONTAINERD_REVISION = "05044ec0a9a75232cad458027ca83437aae3f4da";

export interface StartLine {
  /** Microseconds after the start. */
  us: number;
  text: string;
}

/** klog's header: `I1202 09:00:00.123456    1234 file.go:42] `. */
export function klogHeader(severity: "I" | "W" | "E", ms: number, us: number, pid: number, where: string): string {
  const t = ms * 1000 + us;
  const d = new Date(Math.floor(t / 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const micros = pad(t % 1_000_000, 6);
  return `${severity}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${micros} ${String(pid).padStart(7)} ${where}] `;
}

function kubeletLines(ms: number, pid: number, host: string, restart: boolean): StartLine[] {
  const k = (us: number, where: string, rest: string, sev: "I" | "W" = "I"): StartLine => ({ us, text: klogHeader(sev, ms, us, pid, where) + rest });
  return [
    { us: 41_210, text: "Flag --container-runtime-endpoint has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information." },
    { us: 41_388, text: "Flag --pod-infra-container-image has been deprecated, will be removed in 1.35. Image garbage collector will get sandbox image information from CRI." },
    k(42_113, "server.go:211", `"--pod-infra-container-image will not be pruned by the image garbage collector in kubelet and should also be set in the remote runtime"`),
    k(48_905, "server.go:486", `"Kubelet version" kubeletVersion="v1.32.5"`),
    k(48_962, "server.go:488", `"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""`),
    k(49_410, "server.go:954", `"Client rotation is on, will bootstrap in background"`),
    k(51_027, "certificate_store.go:130", `Loading cert/key pair from "/var/lib/kubelet/pki/kubelet-client-current.pem".`),
    k(53_664, "dynamic_cafile_content.go:160", `"Starting controller" name="client-ca-bundle::/etc/kubernetes/pki/ca.crt"`),
    k(71_902, "server.go:1269", `"Started kubelet"`),
    k(72_215, "server.go:163", `"Starting to listen" address="0.0.0.0" port=10250`),
    k(80_551, "kubelet_node_status.go:75", `"Attempting to register node" node="${host}"`),
    ...(restart ? [k(95_418, "kubelet_node_status.go:111", `"Node was previously registered" node="${host}"`)] : []),
    k(96_307, "kubelet_node_status.go:78", `"Successfully registered node" node="${host}"`),
  ];
}

function containerdLines(ms: number): StartLine[] {
  // containerd's logrus stamp: RFC 3339 with nanoseconds.
  const at = (us: number) => {
    const iso = new Date(Math.floor((ms * 1000 + us) / 1000)).toISOString();
    return `${iso.slice(0, 19)}.${String((ms * 1000 + us) % 1_000_000).padStart(6, "0")}000Z`;
  };
  const l = (us: number, rest: string): StartLine => ({ us, text: `time="${at(us)}" level=info ${rest}` });
  return [
    l(12_406, `msg="starting containerd" revision=${CONTAINERD_REVISION} version=${CONTAINERD_VERSION}`),
    l(27_981, `msg=serving... address=/run/containerd/containerd.sock`),
    l(28_114, `msg="containerd successfully booted in 0.015708s"`),
  ];
}

/** The lines a unit's main process logs after `Started …` (identifier `name[pid]`), oldest first; `restart` after the first boot. */
export function startupLines(unit: string, ms: number, pid: number, host: string, restart = false): StartLine[] {
  if (unit === "kubelet") return kubeletLines(ms, pid, host, restart);
  if (unit === "containerd") return containerdLines(ms);
  return [];
}
