import { parseManifest } from "./nodes/manifest-cache";
import { ManualClock, type Clock } from "./clock";
import { Rand } from "./rand";
import type { UserInfo } from "./api/types";
import type { ApiClient } from "./client";
import { ConnectionError, type Environment } from "./environment";
import type { Host } from "./host";
import { MvccStore, type StoreJSON } from "./store/mvcc";
import { ApiServer } from "./apiserver/apiserver";
import { Client, type NodeProxy } from "./apiserver/client-impl";
import { attachEnded, attachOutput, ttyLog } from "./kubelet/attach";
import { containerExec } from "./kubelet/exec";
import { layerStore } from "./kubelet/container-layer";
import { StatusError } from "./api/errors";
import { containerLogs } from "./kubelet/logs";
import { apiReader } from "./kubelet/kubelet";
import { MemFs, type MemFsJSON } from "./nodes/memfs";
import { Units, type UnitJSON } from "./nodes/systemd";
import { KUBELET_DROPIN_PATH, kubeletStartError } from "./nodes/kubelet-unit";
import { bootstrapCluster } from "./bootstrap";
import { defaultTopology, type ClusterSpec, type Topology } from "./topology";
import { apiserverManifest, BASHRC, controllerManagerManifest, etcdManifest, KUBELET_CONFIG, KUBELET_DROPIN, schedulerManifest } from "./nodes/kubeadm-files";
import { kubeadmPkiFiles } from "./pki/kubeadm-certs";
import { controllers } from "./controllers";
import { provisionPackages } from "./nodes/packages";
import { flushEtcd, syncEtcd, type EtcdServer, type EtcdState } from "./etcd/server";
import { authenticate, isCredentials, verifyServer, type Credentials } from "./apiserver/authn";
import { parseCertificate } from "./pki/x509";
import { NetView } from "./network/view";
import { clusterMetricsSource } from "./metrics/metrics-api";

export const SNAPSHOT_VERSION = 1;

export interface SimHost extends Host {
  readonly fs: MemFs;
  readonly systemd: Units;
}

export interface SimCluster {
  spec: ClusterSpec;
  store: MvccStore;
  api: ApiServer;
}

interface Snapshot {
  version: number;
  nowMs: number;
  rand: number;
  topology: Topology;
  clusters: Record<string, StoreJSON>;
  hosts: Record<string, { fs: MemFsJSON; systemd: { units: UnitJSON[]; nextPid: number } }>;
  controllerState: Record<string, unknown>;
}

/** Step size for `advance`: controllers see time move at most this much at once. */
const TICK_MS = 1000;

/** The simulated world of one learner session. Composition root of the engine. */
export class SimEnvironment implements Environment {
  readonly clusters = new Map<string, SimCluster>();
  readonly hosts = new Map<string, SimHost>();
  readonly startHost: string;
  /** Per-controller memory that must survive snapshots (e.g. when a kubelet stopped posting). */
  controllerState: Record<string, unknown> = {};

  constructor(
    readonly clock: ManualClock,
    readonly rand: Rand,
    readonly topology: Topology,
  ) {
    this.startHost = topology.startHost;
  }

  clusterNames(): string[] {
    return [...this.clusters.keys()];
  }

  host(name: string): SimHost | undefined {
    return this.hosts.get(name);
  }

  hostNames(): string[] {
    return [...this.hosts.keys()];
  }

  /** The admin client of a cluster, bypassing kubeconfig (for controllers, setup and checks). */
  adminClient(cluster = this.clusterNames()[0]): ApiClient {
    const c = this.clusters.get(cluster);
    if (!c) throw new Error(`no cluster ${cluster}`);
    this.etcdServer(c);
    return new Client(c.api, { name: "kubernetes-admin", groups: ["system:masters", "system:authenticated"] }, this.nodeProxy(c));
  }

  /** The cluster's etcd member when it runs (see etcd/server.ts: the manifest and data dir decide). */
  etcdServer(cluster: SimCluster): EtcdServer | undefined {
    const cp = cluster.spec.nodes.find((n) => n.role === "control-plane");
    const host = cp && this.hosts.get(cp.name);
    if (!host) return undefined;
    const states = (this.controllerState.etcd ??= {}) as Record<string, EtcdState>;
    return syncEtcd(host.fs, cluster.store, states, cluster.spec.name);
  }

  etcd(fromHost: string, hostPort: string): EtcdServer | "refused" | "timeout" {
    const [hostName, port] = [hostPort.slice(0, hostPort.lastIndexOf(":")), hostPort.slice(hostPort.lastIndexOf(":") + 1)];
    const local = hostName === "127.0.0.1" || hostName === "localhost";
    const target = local ? this.hosts.get(fromHost) : [...this.hosts.values()].find((h) => h.ip === hostName);
    if (!target) return "timeout";
    const cluster = target.cluster ? this.clusters.get(target.cluster) : undefined;
    const isCp = cluster?.spec.nodes.some((n) => n.name === target.name && n.role === "control-plane");
    const server = cluster && isCp ? this.etcdServer(cluster) : undefined;
    if (!server) return "refused";
    const listens = server.config.listenClientUrls.some((u) => {
      const m = /^\w+:\/\/([^/:]+):(\d+)/.exec(u);
      return !!m && m[2] === port && (m[1] === "0.0.0.0" || m[1] === (local ? "127.0.0.1" : hostName) || (local && m[1] === "localhost"));
    });
    return listens ? server : "refused";
  }

  /**
   * Whether a cluster's API server would be serving: its static pod manifest is present, parses,
   * etcd runs, and its --etcd-servers point at an address etcd's manifest listens on.
   */
  apiserverUp(cluster: SimCluster): boolean {
    const cp = cluster.spec.nodes.find((n) => n.role === "control-plane");
    const host = cp && this.hosts.get(cp.name);
    if (!host) return false;
    if (!this.etcdServer(cluster)) return false;
    const flags = (file: string): string[] => {
      const path = `/etc/kubernetes/manifests/${file}`;
      if (!host.fs.exists(path)) return [];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const command = (parseManifest(host.fs.readFile(path)) as any)?.spec?.containers?.[0]?.command;
      return Array.isArray(command) ? command : [];
    };
    const value = (args: string[], flag: string) => args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1).split(",") ?? [];
    const etcdServers = value(flags("kube-apiserver.yaml"), "--etcd-servers");
    const listening = value(flags("etcd.yaml"), "--listen-client-urls");
    return etcdServers.some((u) => listening.includes(u));
  }

  /** Whether a control-plane static pod (kube-scheduler, kube-controller-manager) would be running from its manifest. */
  componentUp(cluster: SimCluster, component: string): boolean {
    const cp = cluster.spec.nodes.find((n) => n.role === "control-plane");
    const host = cp && this.hosts.get(cp.name);
    const path = `/etc/kubernetes/manifests/${component}.yaml`;
    if (!host?.fs.exists(path)) return false;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const container = (parseManifest(host.fs.readFile(path)) as any)?.spec?.containers?.[0];
    const command: unknown = container?.command;
    return Array.isArray(command) && command[0] === component && typeof container?.image === "string" && /^registry\.k8s\.io\/kube-/.test(container.image);
  }

  /** The API server's connection to kubelets: logs come from the node the pod runs on. */
  nodeProxy(c: SimCluster): NodeProxy {
    return {
      logs: (pod, opts) => {
        const node = c.spec.nodes.find((n) => n.name === pod.spec?.nodeName);
        if (node && !this.hosts.get(node.name)?.systemd.isActive("kubelet")) {
          const container = opts.container ?? pod.spec?.containers?.[0]?.name;
          throw new StatusError({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", reason: "", code: 500, message: `Get "https://${node.ip}:10250/containerLogs/${pod.metadata.namespace}/${pod.metadata.name}/${container}": dial tcp ${node.ip}:10250: connect: connection refused` });
        }
        return containerLogs(pod, opts, this.clock.now(), apiReader(c, this), ttyLog(this, c, pod, opts.container ?? pod.spec?.containers?.[0]?.name ?? ""));
      },
      exec: (pod, container, argv, stdin, session) => containerExec(pod, container, argv, stdin, this.clock.now(), apiReader(c, this), session, layerStore(this, c.spec.name)),
      endAttach: (pod, container, exitCode) => attachEnded(this, c, pod, container, exitCode),
      attachOutput: (pod, container, text) => attachOutput(this, c, pod, container, text),
      metrics: () => clusterMetricsSource(this, c),
    };
  }

  /** A file on a cluster's control-plane node, or undefined. */
  private controlPlaneFile(cluster: SimCluster, path: string): string | undefined {
    const cp = cluster.spec.nodes.find((n) => n.role === "control-plane");
    const fs = cp && this.hosts.get(cp.name)?.fs;
    return fs?.exists(path) ? fs.readFile(path) : undefined;
  }

  /** A kube-apiserver flag from its static pod manifest (e.g. --tls-cert-file). */
  private apiserverFlag(cluster: SimCluster, flag: string): string | undefined {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const command: unknown = (parseManifest(this.controlPlaneFile(cluster, "/etc/kubernetes/manifests/kube-apiserver.yaml") ?? "") as any)?.spec?.containers?.[0]?.command;
    return Array.isArray(command) ? (command as string[]).find((a) => String(a).startsWith(`${flag}=`))?.slice(flag.length + 1) : undefined;
  }

  /** TLS and authentication, as the handshake and kube-apiserver's authenticators do them. */
  private connect(c: SimCluster, hostPort: string, who: UserInfo | Credentials): ApiClient {
    if (!isCredentials(who)) return new Client(c.api, who, this.nodeProxy(c));
    const serverCert = parseCertificate(this.controlPlaneFile(c, this.apiserverFlag(c, "--tls-cert-file") ?? "/etc/kubernetes/pki/apiserver.crt") ?? "");
    if (!serverCert) throw new ConnectionError(hostPort);
    const now = this.clock.now();
    const tlsError = verifyServer(serverCert, who, now);
    if (tlsError) throw new ConnectionError(hostPort, "tls", tlsError);
    const user = authenticate(who, {
      clientCa: parseCertificate(this.controlPlaneFile(c, this.apiserverFlag(c, "--client-ca-file") ?? "/etc/kubernetes/pki/ca.crt") ?? ""),
      nowMs: now,
      serviceAccountUid: (ns, name) => c.store.get(`/registry/serviceaccounts/${ns}/${name}`) && (JSON.parse(c.store.get(`/registry/serviceaccounts/${ns}/${name}`)!.value).metadata?.uid as string),
    });
    return new Client(c.api, user, this.nodeProxy(c));
  }

  /** A fresh read of a cluster's data plane (pods, services, policies, DNS) for network tools and checks. */
  netView(cluster = this.clusterNames()[0]): NetView {
    const spec = this.clusters.get(cluster)?.spec;
    return new NetView(this.adminClient(cluster), (spec?.nodes ?? []).map((n) => ({ name: n.name, ip: n.ip, role: n.role })), layerStore(this, cluster));
  }

  dial(server: string, user: UserInfo | Credentials): ApiClient {
    let hostPort: string;
    try {
      const u = new URL(server);
      hostPort = `${u.hostname}:${u.port || "443"}`;
    } catch {
      throw new ConnectionError(server);
    }
    for (const c of this.clusters.values()) {
      const cp = c.spec.nodes.find((n) => n.role === "control-plane");
      if (cp && hostPort === `${cp.ip}:6443`) {
        if (!this.apiserverUp(c)) throw new ConnectionError(hostPort);
        return this.connect(c, hostPort, user);
      }
    }
    throw new ConnectionError(hostPort, "timeout");
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error("cannot advance by a negative duration");
    for (const c of this.clusters.values()) this.etcdServer(c);
    const end = this.clock.now() + ms;
    // Long jumps are stepped coarsely so that sleeping an hour stays cheap.
    const step = Math.max(TICK_MS, Math.ceil(ms / 600));
    while (this.clock.now() < end) {
      this.clock.set(Math.min(end, this.clock.now() + step));
      for (const c of this.clusters.values()) for (const controller of controllers) controller.sync(this, c);
    }
    for (const c of this.clusters.values()) c.api.dropViews();
  }

  snapshot(): Snapshot {
    return {
      version: SNAPSHOT_VERSION,
      nowMs: this.clock.now(),
      rand: this.rand.getState(),
      topology: this.topology,
      clusters: Object.fromEntries([...this.clusters].map(([n, c]) => [n, c.store.toJSON()])),
      hosts: Object.fromEntries([...this.hosts].map(([n, h]) => [n, { fs: h.fs.toJSON(), systemd: h.systemd.toJSON() }])),
      controllerState: JSON.parse(JSON.stringify(this.controllerState)),
    };
  }
}

function makeHost(name: string, ip: string, cluster: string | undefined, fs: MemFs, systemd: Units): SimHost {
  // The kubelet unit reads its drop-in (as loaded at daemon-reload) and refuses to start on a bad configuration.
  systemd.setHooks({
    config: (unit) => (unit === "kubelet" && fs.exists(KUBELET_DROPIN_PATH) ? fs.readFile(KUBELET_DROPIN_PATH) : undefined),
    startError: (unit, loaded) => (unit === "kubelet" ? kubeletStartError(fs, loaded) : undefined),
  });
  return { name, ip, cluster, fs, systemd };
}

function provisionNodeFiles(fs: MemFs, cluster: ClusterSpec, nodeName: string, issuedAt: number) {
  const cp = cluster.nodes.find((n) => n.role === "control-plane")!;
  const node = cluster.nodes.find((n) => n.name === nodeName)!;
  for (const d of ["/tmp", "/opt", "/var/log", "/etc/kubernetes/manifests", "/var/lib/kubelet", "/etc/systemd/system/kubelet.service.d", "/root"]) fs.mkdir(d, { recursive: true });
  fs.put("/etc/hostname", `${nodeName}\n`);
  fs.put("/root/.bashrc", BASHRC);
  fs.put("/var/lib/kubelet/config.yaml", KUBELET_CONFIG);
  fs.put("/var/lib/kubelet/kubeadm-flags.env", `KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"\n`);
  fs.put("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", KUBELET_DROPIN);
  provisionPackages(fs, cluster.version);
  fs.mkdir("/var/lib/kubelet/pki", { recursive: true });
  fs.mkdir("/etc/kubernetes/pki/etcd", { recursive: true });
  for (const [path, f] of Object.entries(kubeadmPkiFiles(cluster, nodeName, issuedAt))) fs.put(path, f.content, f.mode);
  if (node.role !== "control-plane") return;
  fs.put("/etc/kubernetes/manifests/etcd.yaml", etcdManifest(cp), 0o600);
  fs.put("/etc/kubernetes/manifests/kube-apiserver.yaml", apiserverManifest(cp, cluster.version), 0o600);
  fs.put("/etc/kubernetes/manifests/kube-controller-manager.yaml", controllerManagerManifest(cluster), 0o600);
  fs.put("/etc/kubernetes/manifests/kube-scheduler.yaml", schedulerManifest(cluster.version), 0o600);
  fs.mkdir("/root/.kube", { recursive: true });
  fs.put("/root/.kube/config", fs.readFile("/etc/kubernetes/admin.conf"), 0o600);
  fs.mkdir("/var/lib/etcd/member/snap", { recursive: true });
  fs.mkdir("/var/lib/etcd/member/wal", { recursive: true });
  fs.put("/var/lib/etcd/member/wal/0000000000000000-0000000000000000.wal", "");
}

export interface CreateClusterOptions {
  clock: Clock;
  rand: Rand;
  topology?: Topology;
}

/** A fresh environment: every cluster bootstrapped as kubeadm leaves it, every node provisioned. */
export function createCluster(opts: CreateClusterOptions): SimEnvironment {
  const clock = opts.clock instanceof ManualClock ? opts.clock : new ManualClock(opts.clock.now());
  const topology = opts.topology ?? defaultTopology();
  const env = new SimEnvironment(clock, opts.rand, topology);
  for (const spec of topology.clusters) {
    const store = new MvccStore();
    const api = new ApiServer(store, clock, opts.rand);
    env.clusters.set(spec.name, { spec, store, api });
    for (const node of spec.nodes) {
      const fs = new MemFs(clock);
      provisionNodeFiles(fs, spec, node.name, clock.now());
      const units = new Units(clock, node.name);
      units.add("containerd", "containerd container runtime");
      units.add("kubelet", "kubelet: The Kubernetes Node Agent");
      env.hosts.set(node.name, makeHost(node.name, node.ip, spec.name, fs, units));
    }
    bootstrapCluster(api, spec, opts.rand, clock.now());
    // etcd starts on /var/lib/etcd from the manifest kubeadm wrote; its db file holds the keys.
    const cluster = env.clusters.get(spec.name)!;
    const cp = spec.nodes.find((n) => n.role === "control-plane");
    const cpHost = cp && env.hosts.get(cp.name);
    if (cpHost && env.etcdServer(cluster)) flushEtcd(cpHost.fs, store, (env.controllerState.etcd as Record<string, EtcdState>)[spec.name]);
  }
  return env;
}

/** Rebuilds an environment from `snapshot()` output; the clock resumes at the snapshot's time. */
export function restoreCluster(snapshot: unknown, opts: { clock?: Clock } = {}): SimEnvironment {
  const s = snapshot as Snapshot;
  if (!s || typeof s !== "object" || s.version !== SNAPSHOT_VERSION) throw new Error(`unsupported snapshot version ${(s as Snapshot | undefined)?.version}`);
  const clock = opts.clock instanceof ManualClock ? opts.clock : new ManualClock(Math.max(s.nowMs, opts.clock?.now() ?? 0));
  if (clock.now() < s.nowMs) clock.set(s.nowMs);
  const rand = new Rand();
  rand.setState(s.rand);
  const env = new SimEnvironment(clock, rand, s.topology);
  for (const spec of s.topology.clusters) {
    const store = MvccStore.fromJSON(s.clusters[spec.name]);
    env.clusters.set(spec.name, { spec, store, api: new ApiServer(store, clock, rand) });
    for (const node of spec.nodes) {
      const h = s.hosts[node.name];
      env.hosts.set(node.name, makeHost(node.name, node.ip, spec.name, MemFs.fromJSON(h.fs, clock), Units.fromJSON(h.systemd, clock, node.name)));
    }
  }
  env.controllerState = JSON.parse(JSON.stringify(s.controllerState ?? {}));
  return env;
}
