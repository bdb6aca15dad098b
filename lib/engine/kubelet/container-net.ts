import type { KubeObject } from "../api/types";
import type { ApiClient } from "../client";
import { netClient, netClientNames } from "../network/clients";
import { recordClient, type NetRecord } from "../network/clients/record";
import { sourceOfPod } from "../network/connect";
import { podResolvConf } from "../network/resolv";
import { NetView } from "../network/view";
import { parseImage } from "./images";

/**
 * The network clients a container's own command can run (wget, nc, nslookup, ping in busybox;
 * curl, dig where the image ships them) and what they get: the pod's view of the cluster (its IP,
 * DNS, Services, NetworkPolicy: lib/engine/network/clients/).
 *
 * Logs are recomputed by re-running the program, so an instance must get the same answer on
 * every run: the first answer a command line gets in an instance is kept in the kubelet's journal
 * (by container ID, surviving snapshots) and replayed afterwards. The kubelet runs the program
 * when the instance starts, so what it keeps is the network as it was then; a NetworkPolicy
 * added later changes the next instance (and `kubectl exec`), not the logs already written.
 */
export interface ContainerNet {
  /** Client names the image ships: a command naming one starts (no StartError). */
  tools: string[];
  /** Runs one client (argv[0] is its name) at absolute time `at`. */
  run(argv: string[], at: number): NetRecord;
  /** Whether run() was called: the process's course then depends on the network. */
  used: boolean;
}

/** Per container instance (containerID), per command line: the answer it got first. */
export type NetJournal = Record<string, Record<string, NetRecord>>;

/** What the kubelet lends a container's program for its network: a fresh view and the journals, by pod uid. */
export interface NetAccess {
  view(): NetView | undefined;
  journals: Record<string, NetJournal>;
}

/** A cluster with nothing in it: no DNS server answers, no address is reachable. */
const NOWHERE = new NetView({ resolve: () => undefined } as unknown as ApiClient, []);

/**
 * The network of container `image` in `pod`, for the instance `containerID` (undefined: a new
 * process such as `kubectl exec`, which always sees the network as it is now). Undefined when
 * the image ships no network client.
 */
export function containerNet(access: NetAccess | undefined, pod: KubeObject, image: string, containerID?: string): ContainerNet | undefined {
  const repo = parseImage(image).repo;
  const tools = netClientNames(repo);
  if (!tools.length) return undefined;
  return {
    tools,
    used: false,
    run(argv, at) {
      this.used = true;
      const key = JSON.stringify(argv);
      const uid = pod.metadata.uid ?? "";
      const kept = containerID ? access?.journals[uid]?.[containerID]?.[key] : undefined;
      if (kept) return kept;
      const view = access?.view() ?? NOWHERE;
      const client = netClient(repo, argv[0]);
      const rec: NetRecord = client ? recordClient(client, argv, { view, src: sourceOfPod(view, pod), resolv: podResolvConf(pod) }, at) : { s: [], c: 127 };
      if (containerID && access) ((access.journals[uid] ??= {})[containerID] ??= {})[key] = rec;
      return rec;
    },
  };
}

/** Forgets what instances the pod's status no longer names got (the kubelet keeps the current and the last one). */
export function pruneJournal(journal: NetJournal, pod: KubeObject): void {
  const live = new Set<string>();
  for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    if (cs.containerID) live.add(cs.containerID);
    const last = cs.lastState?.terminated?.containerID;
    if (last) live.add(last);
  }
  for (const id of Object.keys(journal)) if (!live.has(id)) delete journal[id];
}
