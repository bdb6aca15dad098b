/** apps/v1 workloads: Deployment, ReplicaSet, DaemonSet, StatefulSet (Kubernetes v1.32 field set). */
const WORKLOAD_TOP = (spec: string, status: string, what: string) => `
  apiVersion string: Version of the API schema this object uses, such as v1 or apps/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.
  spec ${spec}: Desired state of the ${what}.
  status ${status}: Most recently observed state of the ${what}, written by its controller. Read-only.`;

const CONDITION = (what: string) => `
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Type of ${what} condition.`;

export default `
Deployment: A Deployment keeps a number of identical pods running through ReplicaSets and replaces them with rolling updates when the template changes.${WORKLOAD_TOP("DeploymentSpec", "DeploymentStatus", "Deployment")}
DeploymentSpec: Desired state of a Deployment.
  minReadySeconds integer: Seconds a new pod must be ready, without crashing, before it counts as available. Defaults to 0.
  paused boolean: Pause rollouts: template changes are not rolled out until resumed.
  progressDeadlineSeconds integer: Seconds a rollout may go without progress before the Deployment reports ProgressDeadlineExceeded. Defaults to 600.
  replicas integer: Number of desired pods. Defaults to 1.
  revisionHistoryLimit integer: Number of old ReplicaSets kept for rollback. Defaults to 10.
  selector! LabelSelector: Label selector for the pods the Deployment manages. It must match the template's labels and is immutable in apps/v1.
  strategy DeploymentStrategy: How existing pods are replaced by new ones.
  template! PodTemplateSpec: Template of the pods to create. Its only allowed restartPolicy is Always.
DeploymentStatus: Observed state of a Deployment.
  availableReplicas integer: Pods that have been ready for at least minReadySeconds.
  collisionCount integer: Counter used to avoid name collisions of new ReplicaSets.
  conditions []DeploymentCondition: Latest observations, such as Available and Progressing.
  observedGeneration integer: Generation last processed by the controller.
  readyReplicas integer: Pods with a Ready condition.
  replicas integer: Pods targeted by the Deployment (their labels match the selector).
  unavailableReplicas integer: Pods still needed for 100% availability.
  updatedReplicas integer: Pods that run the latest template.
DeploymentStrategy: How a Deployment replaces pods.
  rollingUpdate RollingUpdateDeployment: Surge and unavailability limits; only with type RollingUpdate.
  type string=Recreate,RollingUpdate: Recreate (delete all old pods first) or RollingUpdate (the default).
RollingUpdateDeployment: Limits for a rolling update.
  maxSurge IntOrString: Pods allowed above the desired count during the update, as a number or a percentage. Defaults to 25%.
  maxUnavailable IntOrString: Pods allowed to be unavailable during the update, as a number or a percentage. Defaults to 25%.
DeploymentCondition: One condition of a Deployment.
  lastTransitionTime Time: When the condition last changed status.
  lastUpdateTime Time: When the condition was last updated.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Type of Deployment condition: Available, Progressing or ReplicaFailure.
ReplicaSet: A ReplicaSet keeps a given number of identical pods running. Usually managed by a Deployment.${WORKLOAD_TOP("ReplicaSetSpec", "ReplicaSetStatus", "ReplicaSet")}
ReplicaSetSpec: Desired state of a ReplicaSet.
  minReadySeconds integer: Seconds a new pod must be ready before it counts as available. Defaults to 0.
  replicas integer: Number of desired pods. Defaults to 1.
  selector! LabelSelector: Label selector for the pods to manage; it must match the template's labels.
  template PodTemplateSpec: Template of the pods created when too few exist.
ReplicaSetStatus: Observed state of a ReplicaSet.
  availableReplicas integer: Pods that have been ready for at least minReadySeconds.
  conditions []ReplicaSetCondition: Latest observations of the ReplicaSet.
  fullyLabeledReplicas integer: Pods whose labels match the template's labels.
  observedGeneration integer: Generation last processed by the controller.
  readyReplicas integer: Pods with a Ready condition.
  replicas! integer: Pods currently matched by the selector.
ReplicaSetCondition: One condition of a ReplicaSet.${CONDITION("ReplicaSet")}
DaemonSet: A DaemonSet runs one copy of a pod on every eligible node, such as a log collector or a network agent.${WORKLOAD_TOP("DaemonSetSpec", "DaemonSetStatus", "DaemonSet")}
DaemonSetSpec: Desired state of a DaemonSet.
  minReadySeconds integer: Seconds a new pod must be ready before it counts as available. Defaults to 0.
  revisionHistoryLimit integer: Number of old revisions kept for rollback. Defaults to 10.
  selector! LabelSelector: Label selector for the daemon pods; it must match the template's labels.
  template! PodTemplateSpec: Template of the pod run on each node.
  updateStrategy DaemonSetUpdateStrategy: How daemon pods are replaced when the template changes.
DaemonSetStatus: Observed state of a DaemonSet.
  collisionCount integer: Counter used to avoid name collisions of new revisions.
  conditions []DaemonSetCondition: Latest observations of the DaemonSet.
  currentNumberScheduled! integer: Nodes running at least one daemon pod that should run it.
  desiredNumberScheduled! integer: Nodes that should run the daemon pod.
  numberAvailable integer: Nodes whose daemon pod has been ready for at least minReadySeconds.
  numberMisscheduled! integer: Nodes running the daemon pod although they should not.
  numberReady! integer: Nodes whose daemon pod is ready.
  numberUnavailable integer: Nodes that should run the daemon pod but have none available.
  observedGeneration integer: Generation last processed by the controller.
  updatedNumberScheduled integer: Nodes running the latest daemon pod template.
DaemonSetUpdateStrategy: How a DaemonSet replaces pods.
  rollingUpdate RollingUpdateDaemonSet: Limits of a rolling update; only with type RollingUpdate.
  type string=OnDelete,RollingUpdate: RollingUpdate (default) or OnDelete (new pods only replace deleted ones).
RollingUpdateDaemonSet: Limits of a DaemonSet rolling update.
  maxSurge IntOrString: Nodes that may run an old and a new pod at once during the update. Defaults to 0.
  maxUnavailable IntOrString: Nodes whose daemon pod may be unavailable during the update. Defaults to 1.
DaemonSetCondition: One condition of a DaemonSet.${CONDITION("DaemonSet")}
StatefulSet: A StatefulSet runs pods with stable names (name-0, name-1, ...) and per-pod persistent volumes, created and updated in order.${WORKLOAD_TOP("StatefulSetSpec", "StatefulSetStatus", "StatefulSet")}
StatefulSetSpec: Desired state of a StatefulSet.
  minReadySeconds integer: Seconds a new pod must be ready before it counts as available. Defaults to 0.
  ordinals StatefulSetOrdinals: Numbering of the replica indexes.
  persistentVolumeClaimRetentionPolicy StatefulSetPersistentVolumeClaimRetentionPolicy: Whether the PVCs from volumeClaimTemplates are deleted on scale-down or deletion.
  podManagementPolicy string=OrderedReady,Parallel: OrderedReady (default: one pod at a time, in order) or Parallel.
  replicas integer: Number of desired pods. Defaults to 1.
  revisionHistoryLimit integer: Number of old revisions kept. Defaults to 10.
  selector! LabelSelector: Label selector for the pods; it must match the template's labels.
  serviceName! string: Headless Service giving the pods their stable DNS names (pod-N.<serviceName>.<namespace>.svc).
  template! PodTemplateSpec: Template of the pods; each gets a unique ordinal identity.
  updateStrategy StatefulSetUpdateStrategy: How pods are replaced when the template changes.
  volumeClaimTemplates []PersistentVolumeClaim: Claims created for each pod and mounted by name in the template.
StatefulSetStatus: Observed state of a StatefulSet.
  availableReplicas integer: Pods that have been ready for at least minReadySeconds.
  collisionCount integer: Counter used to avoid name collisions of new revisions.
  conditions []StatefulSetCondition: Latest observations of the StatefulSet.
  currentReplicas integer: Pods created from currentRevision.
  currentRevision string: Revision that pods up to currentReplicas were created from.
  observedGeneration integer: Generation last processed by the controller.
  readyReplicas integer: Pods with a Ready condition.
  replicas! integer: Pods created by the controller.
  updateRevision string: Latest revision of the template.
  updatedReplicas integer: Pods created from updateRevision.
StatefulSetOrdinals: Numbering of StatefulSet replicas.
  start integer: Number of the first replica. Defaults to 0.
StatefulSetPersistentVolumeClaimRetentionPolicy: What happens to volumeClaimTemplates PVCs.
  whenDeleted string: Retain (default) or Delete the PVCs when the StatefulSet is deleted.
  whenScaled string: Retain (default) or Delete the PVCs of pods removed by a scale-down.
StatefulSetUpdateStrategy: How a StatefulSet replaces pods.
  rollingUpdate RollingUpdateStatefulSetStrategy: Parameters of a rolling update; only with type RollingUpdate.
  type string=OnDelete,RollingUpdate: RollingUpdate (default, highest ordinal first) or OnDelete.
RollingUpdateStatefulSetStrategy: Parameters of a StatefulSet rolling update.
  maxUnavailable IntOrString: Pods that may be unavailable during the update (alpha). Defaults to 1.
  partition integer: Only pods with an ordinal at or above this number are updated. Defaults to 0.
StatefulSetCondition: One condition of a StatefulSet.${CONDITION("StatefulSet")}
`;
