import type { KubeObject } from "../../engine/api/types";

/**
 * What a typed Go round-trip does to a manifest (kubectl `set … --local`, `create` generators):
 * fields come out in struct order and non-omitempty zero structs appear (`creationTimestamp: null`,
 * `resources: {}`, `status: {}`, `strategy: {}`).
 */
type Obj = Record<string, unknown>;

const META = ["name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields"];
const CONTAINER = ["name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy", "restartPolicy", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty"];
const POD_SPEC = ["volumes", "initContainers", "containers", "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds", "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName", "serviceAccount", "automountServiceAccountToken", "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace", "securityContext", "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName", "tolerations", "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates", "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints", "setHostnameAsFQDN", "os", "hostUsers", "schedulingGates", "resourceClaims"];
const WORKLOAD_SPEC = ["replicas", "selector", "template", "strategy", "updateStrategy", "minReadySeconds", "revisionHistoryLimit", "paused", "progressDeadlineSeconds"];
const TOP = ["kind", "apiVersion", "metadata", "spec", "status"];

function order(o: Obj, keys: string[]): Obj {
  return Object.fromEntries([...keys.filter((k) => k in o).map((k) => [k, o[k]]), ...Object.entries(o).filter(([k]) => !keys.includes(k))]);
}

function meta(m: Obj | undefined): Obj {
  return order({ creationTimestamp: null, ...(m ?? {}) }, META);
}

function podSpec(s: Obj): Obj {
  const fix = (list: unknown) => (Array.isArray(list) ? list.map((c) => order({ resources: {}, ...(c as Obj) }, CONTAINER)) : list);
  return order({ ...s, containers: fix(s.containers), ...(s.initContainers ? { initContainers: fix(s.initContainers) } : {}) }, POD_SPEC);
}

function template(t: Obj | undefined): Obj {
  return order({ metadata: meta((t ?? {}).metadata as Obj), spec: podSpec(((t ?? {}).spec as Obj) ?? {}) }, ["metadata", "spec"]);
}

export function typed(obj: KubeObject): KubeObject {
  const o: Obj = { ...obj, metadata: meta(obj.metadata) };
  const spec = (obj.spec ?? {}) as Obj;
  switch (obj.kind) {
    case "Pod":
      o.spec = podSpec(spec);
      o.status ??= {};
      break;
    case "Deployment":
      o.spec = order({ ...spec, template: template(spec.template as Obj), strategy: spec.strategy ?? {} }, WORKLOAD_SPEC);
      o.status ??= {};
      break;
    case "ReplicaSet":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicationController":
      o.spec = order({ ...spec, template: template(spec.template as Obj), ...(obj.kind === "StatefulSet" || obj.kind === "DaemonSet" ? { updateStrategy: spec.updateStrategy ?? {} } : {}) }, WORKLOAD_SPEC);
      o.status ??= obj.kind === "DaemonSet" ? { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 } : obj.kind === "StatefulSet" ? { replicas: 0, availableReplicas: 0 } : { replicas: 0 };
      break;
    case "Job":
      o.spec = { ...spec, template: template(spec.template as Obj) };
      o.status ??= {};
      break;
    case "CronJob": {
      const jt = (spec.jobTemplate ?? {}) as Obj;
      o.spec = { ...spec, jobTemplate: { metadata: meta(jt.metadata as Obj), spec: { ...((jt.spec as Obj) ?? {}), template: template(((jt.spec as Obj) ?? {}).template as Obj) } } };
      o.status ??= {};
      break;
    }
    case "Service":
      // A port without targetPort decodes to the IntOrString zero value, which prints as 0.
      if (Array.isArray(spec.ports)) o.spec = { ...spec, ports: (spec.ports as Obj[]).map((p) => ({ ...p, targetPort: p.targetPort ?? 0 })) };
      o.status ??= { loadBalancer: {} };
      break;
  }
  return order(o, TOP) as KubeObject;
}

/** The pod spec inside any workload (Pod, Deployment, Job, CronJob …), or undefined. */
export function podSpecOf(obj: KubeObject): { containers: Obj[]; initContainers?: Obj[]; [k: string]: unknown } | undefined {
  if (obj.kind === "Pod") return obj.spec;
  if (obj.kind === "CronJob") return obj.spec?.jobTemplate?.spec?.template?.spec;
  return obj.spec?.template?.spec;
}
