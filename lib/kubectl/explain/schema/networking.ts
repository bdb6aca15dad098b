/** networking.k8s.io/v1: Ingress, IngressClass, NetworkPolicy (Kubernetes v1.32 field set). */
const API = `
  apiVersion string: Version of the API schema this object uses, such as networking.k8s.io/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.`;

export default `
Ingress: An Ingress routes external HTTP(S) traffic to Services by host name and path. An ingress controller must run in the cluster for it to take effect.${API}
  spec IngressSpec: Routing rules and TLS settings of the Ingress.
  status IngressStatus: Most recently observed state of the Ingress, such as its load balancer address. Read-only.
IngressSpec: How an Ingress routes traffic.
  defaultBackend IngressBackend: Backend for requests that match no rule.
  ingressClassName string: Name of the IngressClass (controller) that should implement this Ingress.
  rules []IngressRule: Host and path rules, evaluated against each request.
  tls []IngressTLS: TLS termination: host names and the Secrets with their certificates.
IngressStatus: Observed state of an Ingress.
  loadBalancer IngressLoadBalancerStatus: Addresses of the load balancer serving the Ingress.
IngressBackend: Where matching requests are sent: a Service port or another resource.
  resource TypedLocalObjectReference: An object in the same namespace, such as a storage bucket; exclusive with service.
  service IngressServiceBackend: A Service in the same namespace.
IngressServiceBackend: A Service port that receives traffic.
  name! string: Name of the Service.
  port ServiceBackendPort: Port of the Service.
ServiceBackendPort: A Service port, by name or number.
  name string: Name of the port; exclusive with number.
  number integer: Number of the port; exclusive with name.
IngressRule: Routes for one host, or for all hosts when host is empty.
  host string: Host name to match, such as foo.example.com or *.example.com. Matches every host when unset.
  http HTTPIngressRuleValue: HTTP paths and their backends.
HTTPIngressRuleValue: Path routes of an Ingress rule.
  paths! []HTTPIngressPath: Paths mapped to backends.
HTTPIngressPath: A path and the backend that serves it.
  backend! IngressBackend: Backend that receives the matching requests.
  path string: Path to match; must start with / for the Exact and Prefix types.
  pathType! string=Exact,ImplementationSpecific,Prefix: How path is matched: Exact, Prefix (by path elements) or ImplementationSpecific.
IngressTLS: TLS settings for a set of hosts.
  hosts []string: Host names the certificate covers. Defaults to the controller's wildcard host.
  secretName string: Secret of type kubernetes.io/tls holding the certificate and key.
IngressLoadBalancerStatus: The load balancer of an Ingress.
  ingress []IngressLoadBalancerIngress: Its addresses.
IngressLoadBalancerIngress: One load balancer address of an Ingress.
  hostname string: DNS host name.
  ip string: IP address.
  ports []IngressPortStatus: Status of each port.
IngressPortStatus: The state of one load balancer port.
  error string: Problem with the port, in CamelCase, if any.
  port! integer: Port number.
  protocol! string=SCTP,TCP,UDP: TCP, UDP or SCTP.
IngressClass: An IngressClass names an ingress controller implementation; Ingresses select it with ingressClassName. Cluster-scoped.${API}
  spec IngressClassSpec: The controller and its parameters.
IngressClassSpec: Which controller implements a class.
  controller string: Name of the controller, such as k8s.io/ingress-nginx.
  parameters IngressClassParametersReference: Controller-specific configuration object.
IngressClassParametersReference: Reference to an object holding controller parameters.
  apiGroup string: API group of the object.
  kind string: Kind of the object.
  name! string: Name of the object.
  namespace string: Namespace of the object, with scope Namespace.
  scope string: Cluster (default) or Namespace.
NetworkPolicy: A NetworkPolicy controls which traffic may reach (ingress) or leave (egress) the selected pods. Once a pod is selected for a direction, only traffic allowed by some policy passes.${API}
  spec NetworkPolicySpec: Which pods the policy applies to and what traffic it allows.
NetworkPolicySpec: The pods a policy selects and the traffic it allows.
  egress []NetworkPolicyEgressRule: Allowed outgoing traffic. With Egress in policyTypes and no rules, all egress is denied.
  ingress []NetworkPolicyIngressRule: Allowed incoming traffic. With Ingress in policyTypes and no rules, all ingress is denied.
  podSelector! LabelSelector: Pods in this namespace the policy applies to; {} selects all of them.
  policyTypes []string: Directions the policy covers: Ingress, Egress or both. Defaults to Ingress, plus Egress when egress rules exist.
NetworkPolicyIngressRule: Traffic allowed to reach the selected pods: it must match from and ports.
  from []NetworkPolicyPeer: Allowed sources; empty allows all sources.
  ports []NetworkPolicyPort: Allowed destination ports; empty allows all ports.
NetworkPolicyEgressRule: Traffic the selected pods may send: it must match to and ports.
  ports []NetworkPolicyPort: Allowed destination ports; empty allows all ports.
  to []NetworkPolicyPeer: Allowed destinations; empty allows all destinations.
NetworkPolicyPeer: A set of peers. podSelector and namespaceSelector in the same peer must both match.
  ipBlock IPBlock: An IP range, usually for addresses outside the cluster.
  namespaceSelector LabelSelector: Namespaces, by label, whose pods are peers; {} selects all namespaces.
  podSelector LabelSelector: Pods, by label, in the policy's namespace (or in the namespaces of namespaceSelector).
NetworkPolicyPort: A port and protocol.
  endPort integer: Last port of a range starting at port.
  port IntOrString: Port number or named port; all ports when unset.
  protocol string=SCTP,TCP,UDP: TCP (default), UDP or SCTP.
IPBlock: A CIDR range with optional exceptions.
  cidr! string: The range, such as 192.168.1.0/24.
  except []string: Sub-ranges to exclude.
`;
