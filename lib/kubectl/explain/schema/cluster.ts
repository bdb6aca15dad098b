/** Autoscaling, disruption budgets, priority classes and certificate requests (Kubernetes v1.32 field set). */
const API = (group: string) => `
  apiVersion string: Version of the API schema this object uses, such as ${group}. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.`;
const CONDITION = (what: string) => `
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Type of ${what} condition.`;
const TARGET = `
  target! MetricTarget: Value the autoscaler aims for.`;
const CURRENT = `
  current! MetricValueStatus: Current value of the metric.`;

export default `
HorizontalPodAutoscaler: A HorizontalPodAutoscaler adjusts the replicas of a Deployment, StatefulSet or other scalable resource so that the observed metrics approach their targets.${API("autoscaling/v2")}
  spec HorizontalPodAutoscalerSpec: The scale target, replica bounds and metrics.
  status HorizontalPodAutoscalerStatus: Most recently observed state of the autoscaler. Read-only.
HorizontalPodAutoscalerV1: An autoscaling/v1 HorizontalPodAutoscaler: one CPU utilisation target for a scalable resource (stored as autoscaling/v2).${API("autoscaling/v1")}
  spec HorizontalPodAutoscalerSpecV1: The scale target, replica bounds and CPU target.
  status HorizontalPodAutoscalerStatusV1: Most recently observed state of the autoscaler. Read-only.
HorizontalPodAutoscalerSpecV1(HorizontalPodAutoscalerSpec): What an autoscaler scales and its CPU target.
  maxReplicas! integer: Upper bound of replicas; at least minReplicas.
  minReplicas integer: Lower bound of replicas. Defaults to 1.
  scaleTargetRef! CrossVersionObjectReference: The resource to scale, such as a Deployment.
  targetCPUUtilizationPercentage integer: Average CPU utilisation (percent of requests) to aim for; 80 when unset.
HorizontalPodAutoscalerStatusV1(HorizontalPodAutoscalerStatus): Observed state of an autoscaler.
  currentCPUUtilizationPercentage integer: Average CPU utilisation last observed, in percent of requests.
  currentReplicas! integer: Replicas of the target as last seen.
  desiredReplicas! integer: Replicas the autoscaler last computed.
  lastScaleTime Time: When the autoscaler last changed the replica count.
  observedGeneration integer: Generation last processed by the autoscaler.
HorizontalPodAutoscalerSpec: What an autoscaler scales and on which metrics.
  behavior HorizontalPodAutoscalerBehavior: Scaling speed limits and stabilisation windows for each direction.
  maxReplicas! integer: Upper bound of replicas; at least minReplicas.
  metrics []MetricSpec: Metrics to scale on; the largest replica count any of them proposes wins. Defaults to 80% average CPU utilisation.
  minReplicas integer: Lower bound of replicas. Defaults to 1.
  scaleTargetRef! CrossVersionObjectReference: The resource to scale, such as a Deployment.
HorizontalPodAutoscalerStatus: Observed state of an autoscaler.
  conditions []HorizontalPodAutoscalerCondition: Conditions such as AbleToScale, ScalingActive and ScalingLimited.
  currentMetrics []MetricStatus: Last observed value of each metric.
  currentReplicas integer: Replicas of the target as last seen.
  desiredReplicas! integer: Replicas the autoscaler last computed.
  lastScaleTime Time: When the autoscaler last changed the replica count.
  observedGeneration integer: Generation last processed by the autoscaler.
HorizontalPodAutoscalerBehavior: Scaling behaviour in each direction.
  scaleDown HPAScalingRules: Rules for scaling down. Defaults to a 300-second stabilisation window and no rate limit.
  scaleUp HPAScalingRules: Rules for scaling up. Defaults to no stabilisation and at most doubling (or +4 pods) per 15 seconds.
HPAScalingRules: Rate limits and stabilisation for one scaling direction.
  policies []HPAScalingPolicy: Allowed changes per period.
  selectPolicy string: Which policy applies: Max (default), Min or Disabled.
  stabilizationWindowSeconds integer: Seconds of past recommendations considered, to avoid flapping (0 to 3600).
HPAScalingPolicy: One allowed change per period.
  periodSeconds! integer: Length of the period, 1 to 1800 seconds.
  type! string: Pods (a number of pods) or Percent (of current replicas).
  value! integer: Amount of change allowed; positive.
MetricSpec: One metric to scale on; set type and the matching source.
  containerResource ContainerResourceMetricSource: A resource metric of one container in each pod.
  external ExternalMetricSource: A metric from outside the cluster.
  object ObjectMetricSource: A metric describing one Kubernetes object, such as an Ingress.
  pods PodsMetricSource: A custom metric averaged across the target's pods.
  resource ResourceMetricSource: CPU or memory use of the target's pods, from the resource metrics API.
  type! string: Resource, ContainerResource, Pods, Object or External.
MetricStatus: The last observed value of one metric.
  containerResource ContainerResourceMetricStatus: Status of a container resource metric.
  external ExternalMetricStatus: Status of an external metric.
  object ObjectMetricStatus: Status of an object metric.
  pods PodsMetricStatus: Status of a pods metric.
  resource ResourceMetricStatus: Status of a resource metric.
  type! string: Resource, ContainerResource, Pods, Object or External.
CrossVersionObjectReference: The object an autoscaler acts on.
  apiVersion string: API version of the object, such as apps/v1.
  kind string: Kind of the object, such as Deployment.
  name! string: Name of the object.
HorizontalPodAutoscalerCondition: One condition of an autoscaler.${CONDITION("autoscaler")}
ContainerResourceMetricSource: A resource of one named container, across the target's pods.
  container! string: Name of the container.
  name! string: Name of the resource, such as cpu or memory.${TARGET}
ExternalMetricSource: A metric not tied to a Kubernetes object.
  metric! MetricIdentifier: The metric.${TARGET}
ObjectMetricSource: A metric of a single object.
  describedObject! CrossVersionObjectReference: The object the metric describes.
  metric! MetricIdentifier: The metric.${TARGET}
PodsMetricSource: A metric averaged over the target's pods.
  metric! MetricIdentifier: The metric.${TARGET}
ResourceMetricSource: CPU or memory of the target's pods, as known from requests and limits.
  name! string: Name of the resource, such as cpu or memory.${TARGET}
ContainerResourceMetricStatus: Current value of a container resource metric.
  container! string: Name of the container.${CURRENT}
  name! string: Name of the resource.
ExternalMetricStatus: Current value of an external metric.${CURRENT}
  metric! MetricIdentifier: The metric.
ObjectMetricStatus: Current value of an object metric.${CURRENT}
  describedObject! CrossVersionObjectReference: The object the metric describes.
  metric! MetricIdentifier: The metric.
PodsMetricStatus: Current value of a pods metric.${CURRENT}
  metric! MetricIdentifier: The metric.
ResourceMetricStatus: Current value of a resource metric.${CURRENT}
  name! string: Name of the resource.
MetricTarget: A target value for a metric.
  averageUtilization integer: Target average use as a percentage of the pods' requests; only for resource metrics.
  averageValue Quantity: Target average value per pod.
  type! string: Utilization, Value or AverageValue.
  value Quantity: Target value of the metric.
MetricIdentifier: Names a metric.
  name! string: Name of the metric.
  selector LabelSelector: Label selector narrowing the metric; passed to the metrics server.
MetricValueStatus: The current value of a metric.
  averageUtilization integer: Current average use as a percentage of the pods' requests.
  averageValue Quantity: Current average value per pod.
  value Quantity: Current value.
PodDisruptionBudget: A PodDisruptionBudget limits how many of a set of pods may be down at once through voluntary disruptions such as node drains and evictions.${API("policy/v1")}
  spec PodDisruptionBudgetSpec: The pods covered and the disruption allowed.
  status PodDisruptionBudgetStatus: Most recently observed state of the budget. Read-only.
PodDisruptionBudgetSpec: Which pods a budget covers and how many must stay up.
  maxUnavailable IntOrString: Most pods that may be unavailable after an eviction, as a number or percentage. Exclusive with minAvailable.
  minAvailable IntOrString: Pods that must still be available after an eviction, as a number or percentage. Exclusive with maxUnavailable.
  selector LabelSelector: Pods the budget covers; an empty selector covers all pods in the namespace.
  unhealthyPodEvictionPolicy string=AlwaysAllow,IfHealthyBudget: When running but not ready pods may be evicted: IfHealthyBudget (default) or AlwaysAllow.
PodDisruptionBudgetStatus: Observed state of a budget.
  conditions []Condition: Conditions such as DisruptionAllowed.
  currentHealthy! integer: Healthy pods right now.
  desiredHealthy! integer: Healthy pods the budget requires.
  disruptedPods map[string]Time: Pods evicted but not yet deleted, with the eviction time.
  disruptionsAllowed! integer: Evictions allowed right now.
  expectedPods! integer: Pods the budget counts.
  observedGeneration integer: Generation last processed by the disruption controller.
PriorityClass: A PriorityClass maps a name to a priority value; pods refer to it by priorityClassName, and higher-priority pods are scheduled first and may preempt lower ones. Cluster-scoped.
  apiVersion string: Version of the API schema this object uses, such as scheduling.k8s.io/v1.
  description string: Free text about when to use this class.
  globalDefault boolean: Use this class for pods without a priorityClassName. Only one class may be the global default.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, labels, annotations and other metadata of the object.
  preemptionPolicy string=Never,PreemptLowerPriority: Whether pods of this class may preempt others: PreemptLowerPriority (default) or Never.
  value! integer: The priority; values up to 1000000000 are for users, larger ones for system classes.
CertificateSigningRequest: A CertificateSigningRequest asks a signer to issue an X.509 certificate for a PKCS#10 request; once approved and signed, the certificate appears in the status. Cluster-scoped.${API("certificates.k8s.io/v1")}
  spec! CertificateSigningRequestSpec: The request and the signer to use. Immutable.
  status CertificateSigningRequestStatus: Approval conditions and the issued certificate.
CertificateSigningRequestSpec: A certificate request.
  expirationSeconds integer: Requested validity of the certificate; the signer may choose a shorter one. At least 600.
  extra map[string][]string: Extra attributes of the requesting user. Set by the server.
  groups []string: Groups of the requesting user. Set by the server.
  request! string: PEM-encoded PKCS#10 certificate request, base64-encoded in the object.
  signerName! string: Signer to use, such as kubernetes.io/kube-apiserver-client or kubernetes.io/kubelet-serving.
  uid string: UID of the requesting user. Set by the server.
  usages []string: Key usages requested, such as client auth, server auth or digital signature.
  username string: Name of the requesting user. Set by the server.
CertificateSigningRequestStatus: Outcome of a certificate request.
  certificate string: The issued PEM certificate chain, base64-encoded in the object.
  conditions []CertificateSigningRequestCondition: Approved, Denied or Failed.
CertificateSigningRequestCondition: One condition of a certificate request.
  lastTransitionTime Time: When the condition last changed status.
  lastUpdateTime Time: When the condition was last updated.
  message string: Human-readable detail.
  reason string: Short CamelCase reason.
  status! string: True, False or Unknown.
  type! string: Approved, Denied or Failed.
`;
