import { parseManifest } from "../nodes/manifest-cache";
import type { FileSystem } from "../host";
import type { MvccStore } from "../store/mvcc";
import { crc32, decodeDb, encodeDb } from "./db-file";
import { membershipFor, type Membership } from "./ids";

/**
 * The etcd member of a cluster, run by the kubelet from the static pod manifest
 * /etc/kubernetes/manifests/etcd.yaml on the control-plane node. Its keys live in the cluster's
 * MVCC store; which data dir on the node backs them follows the manifest, as in a real restore:
 * pointing the `etcd-data` hostPath (or --data-dir) at a directory restored from a snapshot makes
 * etcd start from that snapshot; a directory without a database keeps etcd from starting.
 */
export const ETCD_MANIFEST = "/etc/kubernetes/manifests/etcd.yaml";
export const ETCD_VERSION = "3.5.16";
export const DEFAULT_DATA_DIR = "/var/lib/etcd";

export interface EtcdConfig {
  name: string;
  listenClientUrls: string[];
  advertiseClientUrls: string[];
  peerUrls: string[];
  /** The directory on the node that holds the data (hostPath resolved), or undefined when not mounted. */
  hostDataDir?: string;
  certFile?: string;
  keyFile?: string;
  trustedCaFile?: string;
  clientCertAuth: boolean;
}

/**
 * What survives snapshots: the node directory the live store was loaded from, its membership,
 * and which manifest the running pod was started from (a changed manifest restarts etcd).
 */
export interface EtcdState {
  dataDir: string;
  membership?: Membership;
  running: boolean;
  manifest?: number;
}

const flagValue = (args: string[], flag: string): string | undefined => args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
const list = (v: string | undefined) => (v ? v.split(",").filter(Boolean) : []);

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

/** Reads the etcd static pod manifest; undefined when it is absent or does not parse as a pod running etcd. */
export function readEtcdConfig(fs: FileSystem): EtcdConfig | undefined {
  if (!fs.exists(ETCD_MANIFEST)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const pod = parseManifest(fs.readFile(ETCD_MANIFEST)) as any;
  const container = pod?.spec?.containers?.[0];
  const args: string[] = [...(container?.command ?? []), ...(container?.args ?? [])].map(String);
  if (args[0] !== "etcd" || typeof container?.image !== "string" || !/etcd:/.test(container.image)) return undefined;
  const dataDir = flagValue(args, "--data-dir") ?? `${flagValue(args, "--name") ?? "default"}.etcd`;
  const mounts: { name: string; mountPath: string }[] = container.volumeMounts ?? [];
  const mount = dataDir.startsWith("/")
    ? mounts.filter((m) => dataDir === m.mountPath || dataDir.startsWith(`${m.mountPath.replace(/\/$/, "")}/`)).sort((a, b) => b.mountPath.length - a.mountPath.length)[0]
    : undefined;
  const hostPath: string | undefined = mount ? (pod.spec.volumes ?? []).find((v: { name: string }) => v.name === mount.name)?.hostPath?.path : undefined;
  return {
    name: flagValue(args, "--name") ?? "default",
    listenClientUrls: list(flagValue(args, "--listen-client-urls")),
    advertiseClientUrls: list(flagValue(args, "--advertise-client-urls")),
    peerUrls: list(flagValue(args, "--initial-advertise-peer-urls")),
    hostDataDir: mount && hostPath ? normalize(`${hostPath}/${dataDir.slice(mount.mountPath.length)}`) : undefined,
    certFile: flagValue(args, "--cert-file"),
    keyFile: flagValue(args, "--key-file"),
    trustedCaFile: flagValue(args, "--trusted-ca-file"),
    clientCertAuth: flagValue(args, "--client-cert-auth") === "true",
  };
}

/** A running etcd member as its clients see it. */
export interface EtcdServer {
  readonly config: EtcdConfig;
  readonly store: MvccStore;
  readonly membership: Membership;
  readonly dataDir: string;
  readonly fs: FileSystem;
  /** The backend image `snapshot save` streams (the live keys, this membership). */
  backup(): string;
}

const dbPath = (dir: string) => `${dir}/member/snap/db`;

/** etcd writes its keys to the data dir it runs on (bbolt commits; here: when it stops). */
export function flushEtcd(fs: FileSystem, store: MvccStore, state: EtcdState): void {
  if (!fs.exists(state.dataDir)) return;
  fs.mkdir(`${state.dataDir}/member/snap`, { recursive: true });
  fs.writeFile(dbPath(state.dataDir), encodeDb({ store: store.toJSON(), membership: state.membership }));
}

/**
 * Brings the member in line with its manifest, as the kubelet does with a static pod: a removed
 * or broken manifest stops etcd; a changed one restarts it, and a (re)started etcd loads the keys
 * from the data dir the manifest mounts. Returns the member when it runs, undefined when it does
 * not (no manifest, data dir not mounted, or a directory without an etcd database).
 */
export function syncEtcd(fs: FileSystem, store: MvccStore, states: Record<string, EtcdState>, cluster: string): EtcdServer | undefined {
  const state = (states[cluster] ??= { dataDir: DEFAULT_DATA_DIR, running: true });
  const text = fs.exists(ETCD_MANIFEST) ? fs.readFile(ETCD_MANIFEST) : undefined;
  const stamp = text === undefined ? undefined : crc32(text);
  if (state.running && state.manifest === undefined) state.manifest = stamp;
  const config = text === undefined ? undefined : readEtcdConfig(fs);
  if (state.running && stamp === state.manifest && config) return serverFor(fs, store, state, config);
  if (state.running) {
    flushEtcd(fs, store, state);
    state.running = false;
  }
  state.manifest = stamp;
  const want = config?.hostDataDir;
  if (!config || !want) return undefined;
  // The kubelet creates a DirectoryOrCreate hostPath before it starts the container.
  if (!fs.exists(want)) fs.mkdir(want, { recursive: true });
  const db = fs.exists(dbPath(want)) ? decodeDb(fs.readFile(dbPath(want))) : undefined;
  if (!db) return undefined;
  store.load(db.store);
  Object.assign(state, { dataDir: want, membership: db.membership, running: true });
  return serverFor(fs, store, state, config);
}

function serverFor(fs: FileSystem, store: MvccStore, state: EtcdState, config: EtcdConfig): EtcdServer {
  const membership = state.membership ?? membershipFor(config.name, config.peerUrls);
  return {
    config,
    store,
    membership: { clusterId: membership.clusterId, member: { ...membership.member, name: config.name } },
    dataDir: state.dataDir,
    fs,
    backup: () => encodeDb({ store: store.toJSON(), membership, hashed: true }),
  };
}
