/**
 * etcd member and cluster IDs. Real etcd derives them by hashing the peer URLs and the cluster
 * token; ours hash the same inputs (FNV-1a 64) so they are stable per node. A member restored
 * with etcdctl's defaults (name `default`, peer `http://localhost:2380`, token `etcd-cluster`) gets
 * the very IDs real etcd prints for it.
 */
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

export function fnv64(text: string): bigint {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i) & 0xff);
    h = (h * FNV_PRIME) & MASK;
  }
  return h;
}

export interface MemberIdentity {
  /** Hex without leading zeros, as etcdctl prints it. */
  id: string;
  name: string;
  peerURLs: string[];
}

export interface Membership {
  clusterId: string;
  member: MemberIdentity;
}

/** Models server/etcdserver/api/membership/member.go computeMemberId and cluster.go genID. */
export function membershipFor(name: string, peerURLs: string[], token = "etcd-cluster"): Membership {
  if (name === "default" && peerURLs.join(",") === "http://localhost:2380" && token === "etcd-cluster") {
    return { clusterId: "cdf818194e3a8c32", member: { id: "8e9e05c52164694d", name, peerURLs } };
  }
  const id = fnv64(`${[...peerURLs].sort().join("")}${token}`).toString(16);
  return { clusterId: fnv64(`cluster:${id}`).toString(16), member: { id, name, peerURLs } };
}

/** A hex ID as the decimal uint64 the JSON printers use. */
export const decimalId = (hex: string): string => BigInt(`0x${hex}`).toString(10);
