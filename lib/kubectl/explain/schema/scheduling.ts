/** Pod placement: affinity, tolerations and topology spread (Kubernetes v1.32 field set). */
export default `
Affinity: Scheduling rules that attract or repel the pod relative to nodes and other pods.
  nodeAffinity NodeAffinity: Rules about which nodes the pod may or should run on, by node labels.
  podAffinity PodAffinity: Rules to place the pod in the same topology domain as certain other pods.
  podAntiAffinity PodAntiAffinity: Rules to keep the pod out of topology domains that hold certain other pods.
NodeAffinity: Node selection rules based on node labels.
  preferredDuringSchedulingIgnoredDuringExecution []PreferredSchedulingTerm: Soft rules: the scheduler favours nodes matching heavier-weighted terms but may choose others.
  requiredDuringSchedulingIgnoredDuringExecution NodeSelector: Hard rules a node must satisfy for the pod to be scheduled there. Not re-checked once the pod runs.
NodeSelector: A set of node selector terms; a node matches when any one term matches.
  nodeSelectorTerms! []NodeSelectorTerm: The terms, combined with OR.
NodeSelectorTerm: Requirements on a node, all of which must hold. An empty term matches no node.
  matchExpressions []NodeSelectorRequirement: Requirements on node labels.
  matchFields []NodeSelectorRequirement: Requirements on node fields (metadata.name is supported).
NodeSelectorRequirement: A requirement relating a node label or field key to values.
  key! string: Label or field key.
  operator! string=DoesNotExist,Exists,Gt,In,Lt,NotIn: How the key relates to the values: In, NotIn, Exists, DoesNotExist, Gt or Lt.
  values []string: Values to compare with: several for In and NotIn, one integer for Gt and Lt, none for Exists and DoesNotExist.
PreferredSchedulingTerm: A weighted node preference.
  preference! NodeSelectorTerm: The node selector term.
  weight! integer: Weight from 1 to 100 added to the node's score when it matches.
PodAffinity: Co-location rules relative to other pods.
  preferredDuringSchedulingIgnoredDuringExecution []WeightedPodAffinityTerm: Soft rules: prefer domains with matching pods, by summed weight.
  requiredDuringSchedulingIgnoredDuringExecution []PodAffinityTerm: Hard rules: every term must be satisfied at scheduling time.
PodAntiAffinity: Separation rules relative to other pods.
  preferredDuringSchedulingIgnoredDuringExecution []WeightedPodAffinityTerm: Soft rules: avoid domains with matching pods, by summed weight.
  requiredDuringSchedulingIgnoredDuringExecution []PodAffinityTerm: Hard rules: never place the pod in a domain with a matching pod.
PodAffinityTerm: Pods (selected by labels and namespaces) that this pod should, or should not, share a topology domain with.
  labelSelector LabelSelector: Labels of the pods the term is about.
  matchLabelKeys []string: Label keys whose values are copied from the incoming pod into the selector (as key In value).
  mismatchLabelKeys []string: Label keys whose values are copied from the incoming pod into the selector (as key NotIn value).
  namespaceSelector LabelSelector: Namespaces (by label) whose pods are considered; combined with namespaces.
  namespaces []string: Namespaces whose pods are considered. Empty together with namespaceSelector means the pod's own namespace.
  topologyKey! string: Node label defining the domain, such as kubernetes.io/hostname or topology.kubernetes.io/zone.
WeightedPodAffinityTerm: A pod affinity term with a weight.
  podAffinityTerm! PodAffinityTerm: The term.
  weight! integer: Weight from 1 to 100.
Toleration: Allows the pod onto nodes whose taint matches key, value and effect.
  effect string=NoExecute,NoSchedule,PreferNoSchedule: Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute. Empty matches all effects.
  key string: Taint key to match. Empty with operator Exists matches every taint.
  operator string=Equal,Exists: Equal (default) compares the value; Exists matches any value.
  tolerationSeconds integer: For NoExecute taints: how long the pod may stay bound after the taint appears. Unset means forever.
  value string: Taint value to match with operator Equal.
TopologySpreadConstraint: How matching pods are spread across a topology.
  labelSelector LabelSelector: Selects the pods counted in each domain.
  matchLabelKeys []string: Label keys whose values, taken from the incoming pod, are added to the selector.
  maxSkew! integer: Largest allowed difference in matching pods between any two domains.
  minDomains integer: Minimum number of eligible domains, used with whenUnsatisfiable DoNotSchedule.
  nodeAffinityPolicy string=Honor,Ignore: Whether the pod's nodeAffinity and nodeSelector limit the nodes counted: Honor (default) or Ignore.
  nodeTaintsPolicy string=Honor,Ignore: Whether node taints limit the nodes counted: Honor or Ignore (default).
  topologyKey! string: Node label that defines the domains.
  whenUnsatisfiable! string=DoNotSchedule,ScheduleAnyway: What to do when the constraint cannot be met: DoNotSchedule or ScheduleAnyway.
`;
