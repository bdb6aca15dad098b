/** Containers: image, command, environment, ports, probes, lifecycle and security (Kubernetes v1.32 field set). */
const CONTAINER_FIELDS = `
  args []string: Arguments passed to the entrypoint; the image's CMD is used when unset. $(VAR) references to container env vars are expanded.
  command []string: Entrypoint to run, not through a shell; the image's ENTRYPOINT is used when unset. $(VAR) references are expanded.
  env []EnvVar: Environment variables set in the container.
  envFrom []EnvFromSource: Sources (ConfigMaps or Secrets) whose keys all become environment variables. Explicit env entries win on conflicts.
  image string: Container image reference, such as nginx:1.27 or registry.example.com/app@sha256:....
  imagePullPolicy string=Always,IfNotPresent,Never: When the kubelet pulls the image: Always, IfNotPresent or Never. Defaults to Always for the :latest tag and IfNotPresent otherwise.
  lifecycle Lifecycle: Actions run right after the container starts and right before it is stopped.
  livenessProbe Probe: Periodic check that the container is alive; the kubelet restarts the container when it fails.
  name! string: Name of the container, a DNS label unique within the pod.
  ports []ContainerPort: Ports the container listens on. Informational: a port not listed can still be reached.
  readinessProbe Probe: Periodic check that the container can serve traffic; a failing pod is removed from Service endpoints.
  resizePolicy []ContainerResizePolicy: Whether changing a resource's requests or limits in place restarts the container.
  resources ResourceRequirements: CPU, memory and other resources the container requests and is limited to.
  restartPolicy string: Only for init containers: Always turns the init container into a sidecar that keeps running next to the app containers.
  securityContext SecurityContext: Security settings for this container; they override the pod's securityContext.
  startupProbe Probe: Check that the application has started; the other probes wait until it succeeds, and failing it restarts the container.
  stdin boolean: Keep a stdin buffer open for the container. Defaults to false.
  stdinOnce boolean: Close stdin after the first attached client disconnects. Defaults to false.
  terminationMessagePath string: File whose content becomes the container's termination message. Defaults to /dev/termination-log.
  terminationMessagePolicy string=FallbackToLogsOnError,File: Where the termination message comes from: File, or FallbackToLogsOnError to use the log tail when the file is empty.
  tty boolean: Allocate a terminal for the container (needs stdin). Defaults to false.
  volumeDevices []VolumeDevice: Raw block volumes exposed to the container as devices.
  volumeMounts []VolumeMount: Pod volumes mounted into the container's filesystem.
  workingDir string: Working directory of the entrypoint; the image's default is used when unset.`;

export default `
Container: One application container in a pod.${CONTAINER_FIELDS}
EphemeralContainer: A temporary container added to a running pod for debugging (kubectl debug). It has no resources, ports or probes and is never restarted.${CONTAINER_FIELDS}
  targetContainerName string: Name of an app container whose process namespace the ephemeral container joins.
EnvVar: One environment variable.
  name! string: Name of the variable.
  value string: Literal value; $(VAR) references to earlier variables are expanded. Defaults to "".
  valueFrom EnvVarSource: Take the value from a ConfigMap, a Secret, a pod field or a resource. Cannot be combined with value.
EnvVarSource: Where an environment variable's value comes from.
  configMapKeyRef ConfigMapKeySelector: A key of a ConfigMap.
  fieldRef ObjectFieldSelector: A field of the pod, such as metadata.name, metadata.namespace, spec.nodeName or status.podIP.
  resourceFieldRef ResourceFieldSelector: A request or limit of a container, such as limits.cpu or requests.memory.
  secretKeyRef SecretKeySelector: A key of a Secret.
ConfigMapKeySelector: Picks one key of a ConfigMap.
  key! string: The key to read.
  name string: Name of the ConfigMap.
  optional boolean: Whether the ConfigMap or key may be missing.
SecretKeySelector: Picks one key of a Secret.
  key! string: The key to read.
  name string: Name of the Secret.
  optional boolean: Whether the Secret or key may be missing.
ObjectFieldSelector: Picks a field of the pod.
  apiVersion string: Schema version the field path is written in. Defaults to v1.
  fieldPath! string: Path of the field to read.
ResourceFieldSelector: Picks a container resource value.
  containerName string: Container to read from; required for volumes, optional for env vars.
  divisor Quantity: Unit the value is expressed in. Defaults to 1.
  resource! string: Resource to read, such as limits.memory.
EnvFromSource: A source whose keys all become environment variables.
  configMapRef ConfigMapEnvSource: The ConfigMap to read.
  prefix string: Prefix added to every variable name from this source.
  secretRef SecretEnvSource: The Secret to read.
ConfigMapEnvSource: A ConfigMap used as a source of environment variables.
  name string: Name of the ConfigMap.
  optional boolean: Whether the ConfigMap may be missing.
SecretEnvSource: A Secret used as a source of environment variables.
  name string: Name of the Secret.
  optional boolean: Whether the Secret may be missing.
Lifecycle: Hooks the kubelet runs around a container's start and stop.
  postStart LifecycleHandler: Runs right after the container is created; the container is restarted if it fails.
  preStop LifecycleHandler: Runs before the container is terminated by an API request or a management event; the grace period keeps counting.
LifecycleHandler: One action of a lifecycle hook. Set exactly one field.
  exec ExecAction: Run a command inside the container.
  httpGet HTTPGetAction: Send an HTTP GET request.
  sleep SleepAction: Wait for a number of seconds.
  tcpSocket TCPSocketAction: Deprecated; kept for compatibility and not supported as a hook action.
ExecAction: A command run inside the container.
  command []string: Command line to run, not through a shell. Exit status 0 means success.
HTTPGetAction: An HTTP GET request.
  host string: Host to connect to; defaults to the pod IP. Set a Host header in httpHeaders instead to pick a virtual host.
  httpHeaders []HTTPHeader: Extra request headers.
  path string: Path to request.
  port! IntOrString: Port number or named container port to connect to.
  scheme string=HTTP,HTTPS: Scheme to use. Defaults to HTTP.
HTTPHeader: A header sent with an HTTP probe.
  name! string: Header name.
  value! string: Header value.
TCPSocketAction: A TCP connection attempt.
  host string: Host to connect to; defaults to the pod IP.
  port! IntOrString: Port number or named container port to connect to.
GRPCAction: A gRPC health check.
  port! integer: Port number of the gRPC service.
  service string: Service name sent in the gRPC health check request.
SleepAction: A pause.
  seconds! integer: Seconds to sleep.
Probe: A health check the kubelet runs against a container. Set exactly one of exec, grpc, httpGet or tcpSocket.
  exec ExecAction: Run a command inside the container.
  failureThreshold integer: Consecutive failures after which the probe counts as failed. Defaults to 3.
  grpc GRPCAction: Call the gRPC health checking service.
  httpGet HTTPGetAction: Send an HTTP GET request; a status from 200 to 399 is a success.
  initialDelaySeconds integer: Seconds after the container starts before the first probe.
  periodSeconds integer: Seconds between probes. Defaults to 10.
  successThreshold integer: Consecutive successes after a failure needed to count as passing. Defaults to 1; must be 1 for liveness and startup probes.
  tcpSocket TCPSocketAction: Open a TCP connection.
  terminationGracePeriodSeconds integer: Grace period used when this probe's failure kills the container, overriding the pod's value.
  timeoutSeconds integer: Seconds before a probe attempt times out. Defaults to 1.
ContainerPort: A network port of a container.
  containerPort! integer: Port number on the pod's IP address.
  hostIP string: Host address to bind hostPort to.
  hostPort integer: Port exposed on the node. Rarely needed.
  name string: Name of the port, unique in the pod, which Services can refer to.
  protocol string=SCTP,TCP,UDP: Protocol: TCP (default), UDP or SCTP.
ContainerResizePolicy: Restart behaviour for an in-place resize of one resource.
  resourceName! string: Resource this policy covers: cpu or memory.
  restartPolicy! string: NotRequired or RestartContainer.
SecurityContext: Security settings of one container. Where a field is also in the pod's securityContext, this value wins.
  allowPrivilegeEscalation boolean: Whether a process can gain more privileges than its parent (the no_new_privs flag). Always true when privileged.
  appArmorProfile AppArmorProfile: AppArmor profile for this container.
  capabilities Capabilities: Linux capabilities to add to or drop from the runtime's default set.
  privileged boolean: Run with nearly all host privileges, like root on the node. Defaults to false.
  procMount string=Default,Unmasked: Kind of /proc mount: Default or Unmasked.
  readOnlyRootFilesystem boolean: Mount the container's root filesystem read-only. Defaults to false.
  runAsGroup integer: Primary group ID of the container process.
  runAsNonRoot boolean: Refuse to start the container if its user would be root (UID 0).
  runAsUser integer: User ID the container process runs as.
  seLinuxOptions SELinuxOptions: SELinux context for this container.
  seccompProfile SeccompProfile: Seccomp profile for this container.
  windowsOptions WindowsSecurityContextOptions: Windows-specific settings.
Capabilities: Linux capabilities to change.
  add []string: Capabilities to add, such as NET_ADMIN or SYS_TIME.
  drop []string: Capabilities to remove, such as ALL.
VolumeDevice: A raw block volume exposed as a device.
  devicePath! string: Path of the device inside the container.
  name! string: Name of a persistentVolumeClaim volume of the pod.
VolumeMount: Mounts one of the pod's volumes into the container.
  mountPath! string: Path inside the container where the volume appears. Must not contain ':'.
  mountPropagation string=Bidirectional,HostToContainer,None: How mounts propagate between host and container: None (default), HostToContainer or Bidirectional.
  name! string: Name of the pod volume to mount.
  readOnly boolean: Mount read-only. Defaults to false.
  recursiveReadOnly string: Whether a read-only mount is made read-only recursively: Disabled, IfPossible or Enabled.
  subPath string: Path inside the volume to mount instead of its root.
  subPathExpr string: Like subPath, but $(VAR) references to container env vars are expanded.
`;
