/** Observed pod state written by the kubelet (Kubernetes v1.32 field set). */
export default `
PodStatus: The most recently observed state of a pod. It may lag behind the real state.
  conditions []PodCondition: Current conditions of the pod, such as PodScheduled, Initialized, ContainersReady and Ready.
  containerStatuses []ContainerStatus: Status of each app container.
  ephemeralContainerStatuses []ContainerStatus: Status of each ephemeral container.
  hostIP string: IP address of the node the pod is bound to; empty until the pod is scheduled and started.
  hostIPs []HostIP: Addresses of the node, one per IP family; the first equals hostIP.
  initContainerStatuses []ContainerStatus: Status of each init container.
  message string: Human-readable detail about why the pod is in its current state.
  nominatedNodeName string: Node that a preempting pod is expected to land on once victims are gone.
  phase string=Failed,Pending,Running,Succeeded,Unknown: Coarse lifecycle phase: Pending, Running, Succeeded, Failed or Unknown.
  podIP string: IP address given to the pod; empty until assigned.
  podIPs []PodIP: Addresses of the pod, one per IP family; the first equals podIP.
  qosClass string=BestEffort,Burstable,Guaranteed: Quality of service class derived from the resource requests and limits: Guaranteed, Burstable or BestEffort.
  reason string: Short CamelCase reason for the pod's state, such as Evicted.
  resize string: State of an in-place resource resize: Proposed, InProgress, Deferred or Infeasible.
  resourceClaimStatuses []PodResourceClaimStatus: Names of the ResourceClaims generated for the pod's claims.
  startTime Time: When the kubelet accepted the pod, before images were pulled.
PodCondition: One condition of a pod.
  lastProbeTime Time: When the condition was last checked.
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Condition type, such as Ready or PodScheduled.
ContainerStatus: The observed state of one container.
  allocatedResources map[string]Quantity: Resources the node has allocated to the container.
  allocatedResourcesStatus []ResourceStatus: Health of the devices allocated to the container.
  containerID string: Runtime ID of the container, as <type>://<id>.
  image! string: Image the container runs.
  imageID! string: Resolved image ID, usually with a digest.
  lastState ContainerState: State of the previous run, for example why it terminated before the last restart.
  name! string: Name of the container, as in the pod spec.
  ready! boolean: Whether the container passes its readiness probe.
  resources ResourceRequirements: Requests and limits actually applied to the running container.
  restartCount! integer: How many times the container has been restarted.
  started boolean: Whether the container has started and passed its startup probe.
  state ContainerState: Current state: waiting, running or terminated.
  user ContainerUser: Identity of the container's first process, as reported by the runtime.
  volumeMounts []VolumeMountStatus: Status of the container's volume mounts.
ContainerState: The state of a container; exactly one member is set.
  running ContainerStateRunning: The container is running.
  terminated ContainerStateTerminated: The container has stopped.
  waiting ContainerStateWaiting: The container is not yet running.
ContainerStateRunning: Details of a running container.
  startedAt Time: When the container was last (re)started.
ContainerStateTerminated: Details of a stopped container.
  containerID string: Runtime ID of the container.
  exitCode! integer: Exit status of the last run.
  finishedAt Time: When the last run ended.
  message string: Message about the termination.
  reason string: Short reason, such as Completed, Error or OOMKilled.
  signal integer: Signal that ended the process, if any.
  startedAt Time: When the last run started.
ContainerStateWaiting: Details of a container that is not running yet.
  message string: Message explaining the wait.
  reason string: Short reason, such as ContainerCreating, ErrImagePull, ImagePullBackOff or CrashLoopBackOff.
ContainerUser: Identity of a container process.
  linux LinuxContainerUser: Linux user and group IDs.
LinuxContainerUser: Linux user and group IDs of a container process.
  gid! integer: Primary group ID.
  supplementalGroups []integer: Supplementary group IDs.
  uid! integer: User ID.
VolumeMountStatus: The state of one volume mount.
  mountPath! string: Path of the mount in the container.
  name! string: Name of the volume mount.
  readOnly boolean: Whether the mount is read-only.
  recursiveReadOnly string: Whether read-only applies recursively: Disabled or Enabled.
ResourceStatus: Health of the devices behind one resource.
  name! string: Name of the resource.
  resources []ResourceHealth: Health of each device.
ResourceHealth: Health of one allocated device.
  health string: Healthy, Unhealthy or Unknown.
  resourceID! string: Unique ID of the device.
HostIP: One IP address of the node hosting the pod.
  ip! string: The address.
PodIP: One IP address of a pod.
  ip! string: The address.
PodResourceClaimStatus: The ResourceClaim generated for one of the pod's claims.
  name! string: Name of the claim in the pod spec.
  resourceClaimName string: Name of the generated ResourceClaim.
`;
