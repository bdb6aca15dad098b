/** Service and its ports, session affinity and load balancer status (Kubernetes v1.32 field set). */
export default `
Service: A Service gives a set of pods (chosen by a label selector) one stable virtual IP and DNS name, and load-balances connections among them.
  apiVersion string: Version of the API schema this object uses, such as v1 or apps/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.
  spec ServiceSpec: Desired behaviour of the Service.
  status ServiceStatus: Most recently observed state of the Service, such as its load balancer. Read-only.
ServiceSpec: The ports, selector and type of a Service.
  allocateLoadBalancerNodePorts boolean: Whether a LoadBalancer Service gets node ports too. Defaults to true.
  clusterIP string: Virtual IP of the Service, allocated from the service CIDR when empty. "None" makes a headless Service. Immutable once set.
  clusterIPs []string: Virtual IPs of the Service, one per IP family; the first equals clusterIP.
  externalIPs []string: External addresses for which nodes also accept traffic to this Service. Not managed by Kubernetes.
  externalName string: DNS name returned as a CNAME record; only for type ExternalName.
  externalTrafficPolicy string=Cluster,Local: Whether external traffic may go to pods on other nodes (Cluster) or only to local ones, keeping the client IP (Local).
  healthCheckNodePort integer: Node port for load balancer health checks, used with externalTrafficPolicy Local.
  internalTrafficPolicy string=Cluster,Local: Whether traffic from inside the cluster goes to any ready endpoint (Cluster) or only to endpoints on the same node (Local).
  ipFamilies []string: IP families (IPv4, IPv6) of the Service's cluster IPs.
  ipFamilyPolicy string=PreferDualStack,RequireDualStack,SingleStack: Single-stack or dual-stack: SingleStack (default), PreferDualStack or RequireDualStack.
  loadBalancerClass string: Load balancer implementation to use; only for type LoadBalancer.
  loadBalancerIP string: Deprecated. Requested address for the load balancer, if the provider supports it.
  loadBalancerSourceRanges []string: Client CIDRs allowed through the cloud load balancer.
  ports []ServicePort: Ports the Service exposes.
  publishNotReadyAddresses boolean: Publish endpoints for pods even when they are not ready.
  selector map[string]string: Pods whose labels match these pairs receive the traffic. Without a selector, endpoints are managed by hand.
  sessionAffinity string=ClientIP,None: None (default) or ClientIP, which sends each client to the same pod.
  sessionAffinityConfig SessionAffinityConfig: Settings of ClientIP session affinity.
  trafficDistribution string: Preference for how traffic is spread over endpoints, such as PreferClose.
  type string=ClusterIP,ExternalName,LoadBalancer,NodePort: How the Service is exposed: ClusterIP (default), NodePort, LoadBalancer or ExternalName.
ServiceStatus: Observed state of a Service.
  conditions []Condition: Current conditions of the Service.
  loadBalancer LoadBalancerStatus: State of the load balancer, if any.
ServicePort: One port of a Service.
  appProtocol string: Application protocol of the port, such as http or kubernetes.io/h2c.
  name string: Name of the port; required when the Service has more than one.
  nodePort integer: Port opened on every node for NodePort and LoadBalancer Services; allocated from 30000-32767 when unset.
  port! integer: Port the Service listens on.
  protocol string=SCTP,TCP,UDP: TCP (default), UDP or SCTP.
  targetPort IntOrString: Port number or named container port the traffic is sent to on the pods. Defaults to port.
SessionAffinityConfig: Session affinity settings.
  clientIP ClientIPConfig: Settings of ClientIP affinity.
ClientIPConfig: ClientIP session affinity settings.
  timeoutSeconds integer: How long a client sticks to one pod, in seconds. Defaults to 10800 (3 hours).
LoadBalancerStatus: The state of a load balancer.
  ingress []LoadBalancerIngress: Addresses of the load balancer.
LoadBalancerIngress: One address of a load balancer.
  hostname string: DNS host name of the load balancer.
  ip string: IP address of the load balancer.
  ipMode string: How traffic to the IP is delivered: VIP or Proxy.
  ports []PortStatus: Status of each Service port on the load balancer.
PortStatus: The state of one load balancer port.
  error string: Problem with the port, in CamelCase, if any.
  port! integer: Port number.
  protocol! string=SCTP,TCP,UDP: TCP, UDP or SCTP.
`;
