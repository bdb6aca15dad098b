/**
 * The fields each built-in kind knows, for strict field validation (`fieldValidation=Strict`, what
 * kubectl create/apply send by default). A compact subset of the v1.32 OpenAPI schemas: an object
 * lists its fields, `ANY` accepts any content below it (maps, and structures not modelled here), and
 * `[x]` is a list of x. Kinds absent from the table are not checked.
 */

export const ANY = "any" as const;
export type Schema = typeof ANY | { [field: string]: Schema } | [Schema];

const fields = (names: string, extra: Record<string, Schema> = {}): { [field: string]: Schema } => ({ ...Object.fromEntries(names.split(/\s+/).filter(Boolean).map((n) => [n, ANY])), ...extra });

const META = fields("name generateName namespace selfLink uid resourceVersion generation creationTimestamp deletionTimestamp deletionGracePeriodSeconds labels annotations ownerReferences finalizers managedFields");

const VOLUME_SOURCES =
  "hostPath emptyDir gcePersistentDisk awsElasticBlockStore gitRepo secret nfs iscsi glusterfs persistentVolumeClaim rbd flexVolume cinder cephfs flocker downwardAPI fc azureFile configMap vsphereVolume quobyte azureDisk photonPersistentDisk projected portworxVolume scaleIO storageos csi ephemeral image";

const CONTAINER: Schema = fields(
  "name image command args workingDir envFrom resizePolicy restartPolicy volumeDevices livenessProbe readinessProbe startupProbe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty",
  {
    ports: [fields("name hostPort containerPort protocol hostIP")],
    env: [fields("name value valueFrom")],
    resources: fields("limits requests claims"),
    volumeMounts: [fields("name readOnly recursiveReadOnly mountPath subPath mountPropagation subPathExpr")],
  },
);

const POD_SPEC: Schema = fields(
  "restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain affinity schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources ephemeralContainers",
  { volumes: [fields(`name ${VOLUME_SOURCES}`)], containers: [CONTAINER], initContainers: [CONTAINER] },
);

const TEMPLATE: Schema = { metadata: META, spec: POD_SPEC };
const JOB_SPEC: Schema = fields(
  "parallelism completions activeDeadlineSeconds podFailurePolicy successPolicy backoffLimit backoffLimitPerIndex maxFailedIndexes selector manualSelector ttlSecondsAfterFinished completionMode suspend podReplacementPolicy managedBy",
  { template: TEMPLATE },
);

const top = (names: string, spec?: Schema): { [field: string]: Schema } => fields(`apiVersion kind status ${names}`, { metadata: META, ...(spec ? { spec } : {}) });

/** Known fields per `group/Kind` ("" group for core). */
export const SCHEMAS: Record<string, Schema> = {
  "/Pod": top("", POD_SPEC),
  "/ConfigMap": top("data binaryData immutable"),
  "/Secret": top("data stringData type immutable"),
  "/ServiceAccount": top("secrets imagePullSecrets automountServiceAccountToken"),
  "/Namespace": top("", fields("finalizers")),
  "/Service": top(
    "",
    fields(
      "selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution",
      { ports: [fields("name protocol appProtocol port targetPort nodePort")] },
    ),
  ),
  "/PersistentVolume": top("", fields(`capacity accessModes claimRef persistentVolumeReclaimPolicy storageClassName mountOptions volumeMode nodeAffinity volumeAttributesClassName local ${VOLUME_SOURCES}`)),
  "/PersistentVolumeClaim": top("", fields("accessModes selector volumeName storageClassName volumeMode dataSource dataSourceRef volumeAttributesClassName", { resources: fields("limits requests") })),
  "/ResourceQuota": top("", fields("hard scopes scopeSelector")),
  "/LimitRange": top("", fields("", { limits: [fields("type max min default defaultRequest maxLimitRequestRatio")] })),
  "storage.k8s.io/StorageClass": top("provisioner parameters reclaimPolicy mountOptions allowVolumeExpansion volumeBindingMode allowedTopologies"),
  "apps/Deployment": top("", fields("replicas selector strategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds", { template: TEMPLATE })),
  "apps/ReplicaSet": top("", fields("replicas minReadySeconds selector", { template: TEMPLATE })),
  "apps/DaemonSet": top("", fields("selector updateStrategy minReadySeconds revisionHistoryLimit", { template: TEMPLATE })),
  "apps/StatefulSet": top("", fields("replicas selector volumeClaimTemplates serviceName podManagementPolicy updateStrategy revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals", { template: TEMPLATE })),
  "batch/Job": top("", JOB_SPEC),
  "batch/CronJob": top("", fields("schedule timeZone startingDeadlineSeconds concurrencyPolicy suspend successfulJobsHistoryLimit failedJobsHistoryLimit", { jobTemplate: { metadata: META, spec: JOB_SPEC } })),
};

/** Drops unknown fields in place, as a non-strict decode does (fieldValidation Ignore or Warn). */
export function pruneUnknownFields(group: string, kind: string, obj: unknown): void {
  for (const path of unknownFields(group, kind, obj)) {
    const parts = path.split(/\.|(?=\[)/);
    let cur: unknown = obj;
    for (const part of parts.slice(0, -1)) {
      const idx = /^\[(\d+)\]$/.exec(part);
      cur = idx ? (cur as unknown[])[Number(idx[1])] : (cur as Record<string, unknown>)[part];
    }
    delete (cur as Record<string, unknown>)[parts[parts.length - 1]];
  }
}

/** Unknown fields of `obj` against its kind's schema, as the strict decoder names them (`spec.containers[0].imagee`). */
export function unknownFields(group: string, kind: string, obj: unknown): string[] {
  const schema = SCHEMAS[`${group}/${kind}`];
  return schema ? unknownFieldsIn(schema, obj) : [];
}

/** Unknown fields of `obj` against `schema`. */
export function unknownFieldsIn(schema: Schema, obj: unknown): string[] {
  const out: string[] = [];
  const walk = (s: Schema, v: unknown, path: string) => {
    if (s === ANY || v === null || v === undefined) return;
    if (Array.isArray(s)) {
      if (Array.isArray(v)) v.forEach((item, i) => walk(s[0], item, `${path}[${i}]`));
      return;
    }
    if (typeof v !== "object" || Array.isArray(v)) return;
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in s)) out.push(at);
      else walk(s[key], child, at);
    }
  };
  walk(schema, obj, "");
  return out;
}
