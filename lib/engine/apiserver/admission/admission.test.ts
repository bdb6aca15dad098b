import { describe, expect, it } from "vitest";
import { ManualClock } from "../../clock";
import { Rand } from "../../rand";
import { createCluster } from "../../cluster";
import { isStatusError } from "../../api/errors";
import type { KubeObject } from "../../api/types";

const fresh = () => {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
  env.adminClient().create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "dev" } });
  env.adminClient().create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "dev" } });
  return env;
};
const pod = (name: string, container: object = {}, spec: object = {}): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "dev" }, spec: { containers: [{ name: "app", image: "nginx", ...container }], ...spec } });
const quota = (hard: Record<string, string>, scopes?: string[]): KubeObject => ({ apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "q", namespace: "dev" }, spec: { hard, ...(scopes ? { scopes } : {}) } });
const limits = (limits: object[]): KubeObject => ({ apiVersion: "v1", kind: "LimitRange", metadata: { name: "lr", namespace: "dev" }, spec: { limits } });
const nsLabels = (labels: Record<string, string>): KubeObject => ({ apiVersion: "v1", kind: "Namespace", metadata: { name: "dev", labels } });
const res = (requests: object, limits: object = {}) => ({ resources: { requests, limits } });

function outcome(env: ReturnType<typeof fresh>, objs: KubeObject[]): string {
  const c = env.adminClient();
  let last = "";
  for (const o of objs) {
    try {
      if (o.kind === "Namespace") c.update({ ...c.get("namespaces", "dev"), metadata: { ...c.get("namespaces", "dev").metadata, labels: { ...c.get("namespaces", "dev").metadata.labels, ...o.metadata.labels } } });
      else c.create(o);
      last = "created";
    } catch (e) {
      if (!isStatusError(e)) throw e;
      last = e.message;
    }
  }
  return last;
}

describe("admission", () => {
  it.each([
    ["pod count over quota", [quota({ pods: "1" }), pod("a"), pod("b")], 'pods "b" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1'],
    ["cpu request over quota", [quota({ "requests.cpu": "1" }), pod("a", res({ cpu: "600m" })), pod("b", res({ cpu: "500m" }))], 'pods "b" is forbidden: exceeded quota: q, requested: requests.cpu=500m, used: requests.cpu=600m, limited: requests.cpu=1'],
    ["missing requests under a compute quota", [quota({ "requests.cpu": "1", "limits.memory": "1Gi" }), pod("a")], 'pods "a" is forbidden: failed quota: q: must specify limits.memory for: app; requests.cpu for: app'],
    ["BestEffort scope ignores pods with requests", [quota({ pods: "0" }, ["BestEffort"]), pod("a", res({ cpu: "1" }))], "created"],
    ["configmap count", [quota({ "count/configmaps": "0" }), { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cm", namespace: "dev" } }], 'configmaps "cm" is forbidden: exceeded quota: q, requested: count/configmaps=1, used: count/configmaps=0, limited: count/configmaps=0'],
    ["storage request over quota", [quota({ "requests.storage": "5Gi" }), { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "big", namespace: "dev" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } } }], 'persistentvolumeclaims "big" is forbidden: exceeded quota: q, requested: requests.storage=10Gi, used: requests.storage=0, limited: requests.storage=5Gi'],
    ["limit over a LimitRange max", [limits([{ type: "Container", max: { cpu: "500m" } }]), pod("a", res({}, { cpu: "1" }))], 'pods "a" is forbidden: maximum cpu usage per Container is 500m, but limit is 1'],
    ["request under a LimitRange min", [limits([{ type: "Container", min: { memory: "64Mi" } }]), pod("a", res({ memory: "32Mi" }))], 'pods "a" is forbidden: minimum memory usage per Container is 64Mi, but request is 32Mi'],
    ["claim over a PersistentVolumeClaim max", [limits([{ type: "PersistentVolumeClaim", max: { storage: "2Gi" } }]), { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "big", namespace: "dev" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "5Gi" } } } }], 'persistentvolumeclaims "big" is forbidden: maximum storage usage per PersistentVolumeClaim is 2Gi, but request is 5Gi'],
    ["restricted pod security", [nsLabels({ "pod-security.kubernetes.io/enforce": "restricted" }), pod("a")], 'pods "a" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'],
    ["restricted-compliant pod", [nsLabels({ "pod-security.kubernetes.io/enforce": "restricted" }), pod("a", { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } } }, { securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } } })], "created"],
    ["baseline pod security", [nsLabels({ "pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/enforce-version": "v1.32" }), pod("a", { securityContext: { privileged: true } }, { hostNetwork: true })], 'pods "a" is forbidden: violates PodSecurity "baseline:v1.32": host namespaces (hostNetwork=true), privileged (container "app" must not set securityContext.privileged=true)'],
    ["missing service account", [pod("a", {}, { serviceAccountName: "robot" })], 'pods "a" is forbidden: error looking up service account dev/robot: serviceaccount "robot" not found'],
  ])("%s", (_title, objs, expected) => {
    expect(outcome(fresh(), objs as KubeObject[])).toBe(expected);
  });

  it("defaults requests and limits from a LimitRange and records it", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(limits([{ type: "Container", default: { cpu: "500m", memory: "256Mi" }, defaultRequest: { cpu: "100m" } }]));
    const p = c.create(pod("a", res({ memory: "128Mi" })));
    expect(p.spec.containers[0].resources).toEqual({ requests: { memory: "128Mi", cpu: "100m" }, limits: { cpu: "500m", memory: "256Mi" } });
    expect(p.metadata.annotations?.["kubernetes.io/limit-ranger"]).toBe("LimitRanger plugin set: cpu request for container app; cpu, memory limit for container app");
  });

  it("mounts the service account token and tolerates not-ready nodes for 300s", () => {
    const p = fresh().adminClient().create(pod("a"));
    const volume = p.spec.volumes[0];
    expect(volume.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.spec.containers[0].volumeMounts).toEqual([{ mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", name: volume.name, readOnly: true }]);
    expect(p.spec.tolerations).toEqual([
      { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
      { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
    ]);
  });

  it("records quota usage in status as objects are created", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(quota({ pods: "5", "requests.memory": "1Gi" }));
    c.create(pod("a", res({ memory: "256Mi" })));
    c.create(pod("b", res({ memory: "512Mi" })));
    expect(c.get("resourcequotas", "q", "dev").status).toEqual({ hard: { pods: "5", "requests.memory": "1Gi" }, used: { pods: "2", "requests.memory": "768Mi" } });
  });

  it("refuses new content in a terminating namespace", () => {
    const env = fresh();
    const c = env.adminClient();
    const ns = c.get("namespaces", "dev");
    c.updateStatus({ ...ns, status: { phase: "Terminating" } });
    expect(outcome(env, [pod("a")])).toBe('pods "a" is forbidden: unable to create new content in namespace dev because it is being terminated');
  });

  it("returns PodSecurity warn-mode and unknown-field warnings", () => {
    const env = fresh();
    const c = env.adminClient();
    const warnings: string[] = [];
    const ns = c.get("namespaces", "dev");
    c.update({ ...ns, metadata: { ...ns.metadata, labels: { ...ns.metadata.labels, "pod-security.kubernetes.io/warn": "baseline" } } });
    c.create({ ...pod("a", { securityContext: { privileged: true } }), extra: 1 } as KubeObject, { fieldValidation: "Warn", onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual(['unknown field "extra"', 'would violate PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)']);
    expect(c.get("pods", "a", "dev").extra).toBeUndefined();
  });

  it("never deletes the system namespaces", () => {
    const c = fresh().adminClient();
    expect(() => c.delete("namespaces", "kube-system")).toThrow('namespaces "kube-system" is forbidden: this namespace may not be deleted');
  });
});
