/** Core configuration and cluster objects: ConfigMap, Secret, ServiceAccount, Namespace, Node, ResourceQuota, LimitRange (Kubernetes v1.32 field set). */
const API = `
  apiVersion string: Version of the API schema this object uses, such as v1 or apps/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.`;
const TOP = (spec: string, status: string, what: string) => `${API}
  spec ${spec}: Desired state of the ${what}.
  status ${status}: Most recently observed state of the ${what}. Read-only.`;
const CONDITION = (what: string) => `
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Type of ${what} condition.`;

export default `
ConfigMap: A ConfigMap holds non-confidential configuration as key/value pairs that pods use as environment variables, command arguments or files in a volume.${API}
  binaryData map[string]string: Keys holding binary values, base64-encoded. Keys must not also appear in data.
  data map[string]string: Keys holding UTF-8 text values. Keys may contain letters, digits, '-', '_' and '.'.
  immutable boolean: When true, data and binaryData can no longer be changed; only deleting and recreating the ConfigMap helps.
Secret: A Secret holds a small amount of sensitive data, such as a password, token or key, for use by pods. Values are base64-encoded, not encrypted, unless encryption at rest is configured.${API}
  data map[string]string: Keys holding base64-encoded values.
  immutable boolean: When true, the data can no longer be changed; only deleting and recreating the Secret helps.
  stringData map[string]string: Write-only convenience: plain-text values that the server encodes into data, overriding keys there.
  type string: How the data is meant to be used, such as Opaque (default), kubernetes.io/tls, kubernetes.io/dockerconfigjson or kubernetes.io/service-account-token.
ServiceAccount: A ServiceAccount is an identity for processes running in pods, authenticated with tokens and authorised through RBAC bindings.
  apiVersion string: Version of the API schema this object uses, such as v1 or apps/v1. The server converts other recognised versions.
  automountServiceAccountToken boolean: Whether pods using this account get an API token mounted by default. A pod's own setting wins.
  imagePullSecrets []LocalObjectReference: Registry credential Secrets added to every pod that uses this account.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.
  secrets []ObjectReference: Deprecated: Secrets this account may use; token Secrets are no longer created automatically.
Namespace: A Namespace partitions names, access control and quotas within a cluster. Cluster-scoped.${TOP("NamespaceSpec", "NamespaceStatus", "namespace")}
NamespaceSpec: Desired state of a namespace.
  finalizers []string: Finalizers that must run before the namespace is removed, such as kubernetes.
NamespaceStatus: Observed state of a namespace.
  conditions []NamespaceCondition: Current conditions, mainly about the progress of a deletion.
  phase string=Active,Terminating: Active, or Terminating while its contents are deleted.
NamespaceCondition: One condition of a namespace.${CONDITION("namespace")}
Node: A Node is a worker machine, virtual or physical, whose kubelet runs pods. Cluster-scoped.${TOP("NodeSpec", "NodeStatus", "node")}
NodeSpec: Desired state of a node.
  configSource NodeConfigSource: Deprecated dynamic kubelet configuration source; no longer used.
  externalID string: Deprecated; not used.
  podCIDR string: Pod IP range assigned to the node.
  podCIDRs []string: Pod IP ranges assigned to the node, one per IP family.
  providerID string: ID of the node at its cloud provider.
  taints []Taint: Taints that repel pods without a matching toleration.
  unschedulable boolean: Keep new pods off the node (kubectl cordon sets it). Defaults to false.
NodeStatus: Observed state of a node, reported by its kubelet.
  addresses []NodeAddress: Addresses of the node, such as InternalIP and Hostname.
  allocatable map[string]Quantity: Resources available to pods: capacity minus system reservations.
  capacity map[string]Quantity: Total resources of the node, such as cpu, memory and pods.
  conditions []NodeCondition: Current conditions, such as Ready, MemoryPressure and DiskPressure.
  config NodeConfigStatus: Status of the deprecated dynamic kubelet configuration.
  daemonEndpoints NodeDaemonEndpoints: Endpoints of daemons running on the node.
  features NodeFeatures: Features the node supports.
  images []ContainerImage: Images present on the node.
  nodeInfo NodeSystemInfo: Versions and IDs of the node's software.
  phase string=Pending,Running,Terminated: Deprecated; not set.
  runtimeHandlers []NodeRuntimeHandler: Runtime handlers the container runtime offers.
  volumesAttached []AttachedVolume: Volumes attached to the node.
  volumesInUse []string: Volumes in use (mounted) by the node.
NodeConfigSource: Deprecated source of kubelet configuration.
  configMap ConfigMapNodeConfigSource: A ConfigMap holding the configuration.
ConfigMapNodeConfigSource: Deprecated reference to a ConfigMap with kubelet configuration.
  kubeletConfigKey! string: Key holding the KubeletConfiguration.
  name! string: Name of the ConfigMap.
  namespace! string: Namespace of the ConfigMap.
  resourceVersion string: resourceVersion of the ConfigMap.
  uid string: UID of the ConfigMap.
Taint: Marks a node so that pods without a matching toleration are kept away or evicted.
  effect! string=NoExecute,NoSchedule,PreferNoSchedule: NoSchedule, PreferNoSchedule, or NoExecute (which also evicts running pods).
  key! string: Key of the taint.
  timeAdded Time: When a NoExecute taint was added.
  value string: Value of the taint.
NodeAddress: One address of a node.
  address! string: The address.
  type! string: Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.
NodeCondition: One condition of a node.
  lastHeartbeatTime Time: When the kubelet last reported this condition.
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Ready, MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable.
NodeConfigStatus: Status of deprecated dynamic kubelet configuration.
  active NodeConfigSource: Configuration in use.
  assigned NodeConfigSource: Configuration the node should use.
  error string: Problem applying the configuration.
  lastKnownGood NodeConfigSource: Fallback configuration.
NodeDaemonEndpoints: Ports of daemons on a node.
  kubeletEndpoint DaemonEndpoint: Port the kubelet listens on.
DaemonEndpoint: A daemon's port.
  Port! integer: Port number.
NodeFeatures: Optional features a node supports.
  supplementalGroupsPolicy boolean: Whether the node honours a pod's supplementalGroupsPolicy.
ContainerImage: An image stored on a node.
  names []string: Names and digests of the image.
  sizeBytes integer: Size of the image in bytes.
NodeSystemInfo: Identifiers and software versions of a node.
  architecture! string: CPU architecture, such as amd64.
  bootID! string: ID of the current boot.
  containerRuntimeVersion! string: Container runtime and version, such as containerd://1.7.24.
  kernelVersion! string: Kernel version (uname -r).
  kubeProxyVersion! string: Deprecated: version of kube-proxy, not reliable.
  kubeletVersion! string: Version of the kubelet.
  machineID! string: Machine ID from /etc/machine-id.
  operatingSystem! string: Operating system, such as linux.
  osImage! string: Operating system image, from /etc/os-release.
  systemUUID! string: Hardware UUID of the machine.
NodeRuntimeHandler: A runtime handler of the node's container runtime.
  features NodeRuntimeHandlerFeatures: Features the handler supports.
  name string: Name of the handler; empty for the default one.
NodeRuntimeHandlerFeatures: Features of a runtime handler.
  recursiveReadOnlyMounts boolean: Supports recursive read-only mounts.
  userNamespaces boolean: Supports user namespaces for pods.
AttachedVolume: A volume attached to a node.
  devicePath! string: Device path where the volume is available.
  name! string: Name of the attached volume.
ResourceQuota: A ResourceQuota caps the total resources and object counts a namespace may use.${TOP("ResourceQuotaSpec", "ResourceQuotaStatus", "quota")}
ResourceQuotaSpec: Limits a quota enforces.
  hard map[string]Quantity: Limit per resource name, such as requests.cpu, limits.memory, pods or count/deployments.apps.
  scopeSelector ScopeSelector: Only count objects matching these scope expressions.
  scopes []string: Only count objects in all these scopes, such as BestEffort or NotTerminating.
ResourceQuotaStatus: Current usage against a quota.
  hard map[string]Quantity: Limits being enforced.
  used map[string]Quantity: Amounts currently used in the namespace.
ScopeSelector: Scope expressions of a quota, all of which must match.
  matchExpressions []ScopedResourceSelectorRequirement: The expressions.
ScopedResourceSelectorRequirement: A requirement on one quota scope.
  operator! string=DoesNotExist,Exists,In,NotIn: In, NotIn, Exists or DoesNotExist.
  scopeName! string=BestEffort,CrossNamespacePodAffinity,NotBestEffort,NotTerminating,PriorityClass,Terminating,VolumeAttributesClass: Scope the requirement applies to.
  values []string: Values for In and NotIn, such as priority class names.
LimitRange: A LimitRange sets default, minimum and maximum resource values for pods, containers and claims in a namespace.${API}
  spec LimitRangeSpec: The limits to enforce.
LimitRangeSpec: The limits of a LimitRange.
  limits! []LimitRangeItem: One entry per object type.
LimitRangeItem: Resource constraints for one type of object.
  default map[string]Quantity: Limits given to containers that set none.
  defaultRequest map[string]Quantity: Requests given to containers that set none.
  max map[string]Quantity: Largest value allowed per resource.
  maxLimitRequestRatio map[string]Quantity: Largest allowed ratio of limit to request per resource.
  min map[string]Quantity: Smallest value allowed per resource.
  type! string: Object type the entry applies to: Pod, Container or PersistentVolumeClaim.
`;
