import type { KubeObject } from "../api/types";
import { invalid } from "../api/errors";
import type { Rand } from "../rand";

/** Service ClusterIPs come from 10.96.0.0/12 (kubeadm's default --service-cluster-ip-range). */
const RANGE_BASE = (10 << 24) | (96 << 16);
const RANGE_SIZE = 1 << 20;
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

/**
 * Fills in spec.clusterIP(s) and nodePorts for a new Service, as the apiserver's allocators do,
 * and rejects a requested nodePort that is taken or out of range with the upstream messages.
 */
export function allocateServiceAddresses(svc: KubeObject, existing: KubeObject[], rand: Rand): void {
  const spec = (svc.spec ??= {});
  const usedIps = new Set(existing.map((s) => s.spec?.clusterIP).filter(Boolean));
  if (spec.type !== "ExternalName" && spec.clusterIP !== "None") {
    if (!spec.clusterIP) {
      let ip: string;
      do ip = toIp(RANGE_BASE + 1 + rand.int(RANGE_SIZE - 2));
      while (usedIps.has(ip) || ip === "10.96.0.1" || ip === "10.96.0.10");
      spec.clusterIP = ip;
    }
    spec.clusterIPs = [spec.clusterIP];
  }
  if (spec.type !== "NodePort" && spec.type !== "LoadBalancer") return;
  const usedPorts = new Set(existing.flatMap((s) => (s.spec?.ports ?? []).map((p: { nodePort?: number }) => p.nodePort)).filter(Boolean));
  (spec.ports ?? []).forEach((p: { nodePort?: number }, i: number) => {
    if (p.nodePort !== undefined) {
      if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX)
        throw invalid("Service", svc.metadata.name!, [{ field: `spec.ports[${i}].nodePort`, reason: "FieldValueInvalid", message: `Invalid value: ${p.nodePort}: provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}` }]);
      if (usedPorts.has(p.nodePort))
        throw invalid("Service", svc.metadata.name!, [{ field: `spec.ports[${i}].nodePort`, reason: "FieldValueInvalid", message: `Invalid value: ${p.nodePort}: provided port is already allocated` }]);
    } else {
      let port: number;
      do port = NODE_PORT_MIN + rand.int(NODE_PORT_MAX - NODE_PORT_MIN + 1);
      while (usedPorts.has(port));
      p.nodePort = port;
    }
    usedPorts.add(p.nodePort);
  });
}
