/** Pod, its spec and pod-level settings (field names and types: Kubernetes v1.32 OpenAPI). */
export default `
Pod: A Pod is the smallest deployable unit: one or more containers that share network and storage and are scheduled together onto a node.
  apiVersion string: Version of the API schema this object uses, such as v1 or apps/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase, such as Pod. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.
  spec PodSpec: Desired behaviour of the pod: its containers, volumes and scheduling constraints.
  status PodStatus: Most recently observed state of the pod, written by the kubelet. Read-only.
PodTemplateSpec: A template from which controllers create pods: labels and annotations plus a pod spec.
  metadata ObjectMeta: Metadata given to each pod created from the template (labels must match the owner's selector).
  spec PodSpec: Specification of the pods created from the template.
PodSpec: The desired contents and behaviour of a pod.
  activeDeadlineSeconds integer: Seconds the pod may stay active (counted from its start) before the kubelet fails it. Must be positive.
  affinity Affinity: Node affinity, pod affinity and pod anti-affinity rules for scheduling.
  automountServiceAccountToken boolean: Whether the service account token is mounted into the containers automatically.
  containers! []Container: The containers that run in the pod. At least one is required; containers cannot be added or removed later.
  dnsConfig PodDNSConfig: Extra DNS settings merged into the resolver configuration generated from dnsPolicy.
  dnsPolicy string=ClusterFirst,ClusterFirstWithHostNet,Default,None: How the pod's resolver is configured. Defaults to ClusterFirst; use ClusterFirstWithHostNet for host-network pods that need cluster DNS.
  enableServiceLinks boolean: Whether Service environment variables (Docker-link style) are injected into the containers. Defaults to true.
  ephemeralContainers []EphemeralContainer: Temporary debugging containers added to a running pod with kubectl debug. Cannot be set at creation.
  hostAliases []HostAlias: Extra entries written into the pod's /etc/hosts.
  hostIPC boolean: Use the node's IPC namespace. Defaults to false.
  hostNetwork boolean: Use the node's network namespace, so container ports bind on the node itself. Defaults to false.
  hostPID boolean: Use the node's process ID namespace. Defaults to false.
  hostUsers boolean: Whether the pod shares the node's user namespace (true, the default) or gets its own (false).
  hostname string: Host name of the pod; defaults to the pod name.
  imagePullSecrets []LocalObjectReference: Secrets in the same namespace holding registry credentials for pulling the images.
  initContainers []Container: Containers run one after another to completion before the app containers start. A failing one is retried according to restartPolicy.
  nodeName string: Binds the pod to this node directly, bypassing the scheduler.
  nodeSelector map[string]string: Labels a node must have for the pod to be scheduled on it.
  os PodOS: Operating system the pod's containers need (linux or windows).
  overhead map[string]Quantity: Resources consumed by the pod sandbox itself, set from the RuntimeClass at admission.
  preemptionPolicy string=Never,PreemptLowerPriority: Whether this pod may preempt lower-priority pods. Defaults to PreemptLowerPriority.
  priority integer: Priority value, filled in from priorityClassName by the admission controller.
  priorityClassName string: Name of the PriorityClass giving the pod its priority. system-node-critical and system-cluster-critical are built in.
  readinessGates []PodReadinessGate: Extra conditions that must be True before the pod counts as ready.
  resourceClaims []PodResourceClaim: Dynamic resource claims the pod uses; containers refer to them by name.
  resources ResourceRequirements: Pod-level resource requests and limits shared by all containers (alpha; needs the PodLevelResources feature gate).
  restartPolicy string=Always,Never,OnFailure: Restart policy for all containers: Always (default), OnFailure or Never.
  runtimeClassName string: Name of the RuntimeClass (container runtime configuration) used to run the pod.
  schedulerName string: Scheduler responsible for the pod. Defaults to default-scheduler.
  schedulingGates []PodSchedulingGate: Gates that keep the pod unscheduled while any of them remains.
  securityContext PodSecurityContext: Pod-wide security settings such as user and group IDs, fsGroup and seccomp.
  serviceAccount string: Deprecated alias of serviceAccountName.
  serviceAccountName string: Service account the pod runs as. Defaults to "default".
  setHostnameAsFQDN boolean: Set the kernel host name to the pod's fully qualified domain name. Defaults to false.
  shareProcessNamespace boolean: Containers share one process namespace and can see each other's processes. Defaults to false.
  subdomain string: Subdomain, so the pod's FQDN becomes <hostname>.<subdomain>.<namespace>.svc.<cluster domain>.
  terminationGracePeriodSeconds integer: Seconds between the termination signal and the forced kill. Defaults to 30.
  tolerations []Toleration: Tolerations that let the pod schedule onto (or stay on) nodes with matching taints.
  topologySpreadConstraints []TopologySpreadConstraint: Rules for spreading matching pods across zones, nodes or other topology domains.
  volumes []Volume: Volumes that containers of the pod can mount.
PodOS: The operating system a pod needs.
  name! string: Operating system name: linux or windows.
PodReadinessGate: An extra condition required for pod readiness.
  conditionType! string: Type of a condition in the pod's status that must be True.
PodSchedulingGate: A gate that holds back scheduling of the pod.
  name! string: Name of the gate; unique within the pod.
PodResourceClaim: Names a dynamic resource claim for use by the pod's containers.
  name! string: Name that containers use to refer to this claim.
  resourceClaimName string: Name of an existing ResourceClaim in the pod's namespace.
  resourceClaimTemplateName string: Name of a ResourceClaimTemplate from which a claim is created for this pod.
HostAlias: An IP address with host names, written into the pod's /etc/hosts.
  hostnames []string: Host names for the address.
  ip! string: The IP address.
PodDNSConfig: DNS resolver settings for a pod beyond those produced by dnsPolicy.
  nameservers []string: DNS server addresses, added to those from dnsPolicy.
  options []PodDNSConfigOption: Resolver options; those given here override same-named generated ones.
  searches []string: DNS search domains, added to those from dnsPolicy.
PodDNSConfigOption: One resolver option.
  name string: Option name, such as ndots.
  value string: Option value.
PodSecurityContext: Security settings that apply to the whole pod. Values set on a container's securityContext take precedence.
  appArmorProfile AppArmorProfile: AppArmor profile for the pod's containers.
  fsGroup integer: Supplementary group added to all containers; volumes that support ownership management are made writable by it.
  fsGroupChangePolicy string=Always,OnRootMismatch: When volume ownership and permissions are changed for fsGroup: Always or OnRootMismatch.
  runAsGroup integer: Primary group ID for the container processes.
  runAsNonRoot boolean: Refuse to start containers whose user would be root (UID 0).
  runAsUser integer: User ID the container processes run as. Defaults to the image's user.
  seLinuxChangePolicy string: How SELinux labels are applied to volumes: Recursive or MountOption.
  seLinuxOptions SELinuxOptions: SELinux context applied to all containers.
  seccompProfile SeccompProfile: Seccomp profile for the pod's containers.
  supplementalGroups []integer: Extra group IDs for the first process of each container.
  supplementalGroupsPolicy string=Merge,Strict: How supplementary groups are computed: Merge with the image's groups or Strict.
  sysctls []Sysctl: Namespaced kernel parameters set for the pod.
  windowsOptions WindowsSecurityContextOptions: Windows-specific settings.
SELinuxOptions: SELinux labels for a container.
  level string: SELinux level label.
  role string: SELinux role label.
  type string: SELinux type label.
  user string: SELinux user label.
SeccompProfile: Which seccomp profile to apply.
  localhostProfile string: Path of a profile file on the node, relative to the kubelet's seccomp directory. Only for type Localhost.
  type! string=Localhost,RuntimeDefault,Unconfined: Kind of profile: Localhost, RuntimeDefault or Unconfined.
AppArmorProfile: Which AppArmor profile to apply.
  localhostProfile string: Name of a profile loaded on the node. Only for type Localhost.
  type! string=Localhost,RuntimeDefault,Unconfined: Kind of profile: Localhost, RuntimeDefault or Unconfined.
Sysctl: A kernel parameter to set.
  name! string: Name of the parameter.
  value! string: Value of the parameter.
WindowsSecurityContextOptions: Settings for containers on Windows nodes.
  gmsaCredentialSpec string: Contents of the GMSA credential spec.
  gmsaCredentialSpecName string: Name of the GMSA credential spec to use.
  hostProcess boolean: Run the container as a Windows HostProcess container.
  runAsUserName string: Windows user name the entrypoint runs as.
ResourceRequirements: Compute resources requested and limited.
  claims []ResourceClaim: Names of the pod's resource claims this container uses.
  limits map[string]Quantity: Maximum resources allowed, such as cpu and memory.
  requests map[string]Quantity: Minimum resources needed, used for scheduling. Default to the limits when only limits are set.
ResourceClaim: A reference to one of the pod's resource claims.
  name! string: Name of an entry in the pod's resourceClaims.
  request string: Only this request of the claim is made available.
LocalObjectReference: A reference to an object in the same namespace by name.
  name string: Name of the referenced object.
`;
