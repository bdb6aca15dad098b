/** Endpoints, EndpointSlice, Event, ControllerRevision and Lease (Kubernetes v1.32 field set). */
const API = (group: string) => `
  apiVersion string: Version of the API schema this object uses, such as ${group}. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.`;
const META = `
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.`;

export default `
Endpoints: Endpoints list the addresses and ports behind a Service. The endpoints controller keeps them in step with the Service's selector; Services without a selector can have them written by hand.${API("v1")}${META}
  subsets []EndpointSubset: Groups of addresses that share the same ports.
EndpointSubset: Addresses that all expose the same ports.
  addresses []EndpointAddress: Ready addresses that receive traffic.
  notReadyAddresses []EndpointAddress: Addresses not ready yet (or no longer ready); they receive no traffic.
  ports []EndpointPort: Port numbers available on every address.
EndpointAddress: One backend address.
  hostname string: Host name of the endpoint.
  ip! string: IP address of the endpoint.
  nodeName string: Node hosting the endpoint.
  targetRef ObjectReference: Object providing the endpoint, usually a pod.
EndpointPort: A port of an endpoint.
  appProtocol string: Application protocol of the port.
  name string: Name of the port; matches the Service port name.
  port! integer: Port number.
  protocol string=SCTP,TCP,UDP: TCP (default), UDP or SCTP.
EndpointSlice: An EndpointSlice holds a subset of a Service's endpoints; kube-proxy reads them to program routing.${API("discovery.k8s.io/v1")}
  addressType! string=FQDN,IPv4,IPv6: Kind of addresses in the slice: IPv4, IPv6 or FQDN.
  endpoints! []Endpoint: The endpoints, at most 1000.${META}
  ports []DiscoveryEndpointPort: Ports exposed by every endpoint of the slice.
Endpoint: One backend of an EndpointSlice.
  addresses! []string: Addresses of the backend, of the slice's address type.
  conditions EndpointConditions: Readiness of the backend.
  deprecatedTopology map[string]string: Deprecated topology labels; use nodeName and zone.
  hints EndpointHints: Routing hints for topology-aware routing.
  hostname string: Host name of the backend.
  nodeName string: Node hosting the backend.
  targetRef ObjectReference: Object providing the backend, usually a pod.
  zone string: Zone of the backend.
EndpointConditions: Readiness of an endpoint.
  ready boolean: Ready to receive traffic (serving and not terminating).
  serving boolean: Passing its readiness checks, even while terminating.
  terminating boolean: Being shut down.
EndpointHints: Topology hints of an endpoint.
  forZones []ForZone: Zones that should use this endpoint.
ForZone: A zone an endpoint should serve.
  name! string: Name of the zone.
DiscoveryEndpointPort(EndpointPort): A port of an EndpointSlice.
  appProtocol string: Application protocol of the port.
  name string: Name of the port; matches the Service port name.
  port integer: Port number.
  protocol string=SCTP,TCP,UDP: TCP (default), UDP or SCTP.
Event: An Event reports something that happened to an object, such as a pod being scheduled or an image pull failing. Events expire after an hour by default.
  action string: What was done or failed, such as Binding or Pulling.${API("v1")}
  count integer: How many times the event occurred.
  eventTime MicroTime: When the event was first observed, with microsecond precision.
  firstTimestamp Time: When the event was first recorded.
  involvedObject! ObjectReference: The object the event is about.
  lastTimestamp Time: When the event was most recently recorded.
  message string: Human-readable description of what happened.
  metadata! ObjectMeta: Name, namespace and other metadata of the event.
  reason string: Short CamelCase reason, such as Scheduled, Pulled or BackOff.
  related ObjectReference: A second object involved, if any.
  reportingComponent string: Component that reported the event, such as kubelet.
  reportingInstance string: Instance of that component, such as the node name.
  series EventSeries: Data about a series of repeated events.
  source EventSource: Component and host that reported the event.
  type string: Normal or Warning.
EventSeries: A series of repeated events.
  count integer: Occurrences in the series so far.
  lastObservedTime MicroTime: When the last occurrence was seen.
EventSource: Who reported an event.
  component string: Component name, such as kubelet.
  host string: Node name.
ControllerRevision: A ControllerRevision stores an immutable snapshot of state, which DaemonSets and StatefulSets use for rollout history and rollback.${API("apps/v1")}
  data RawExtension: The serialised state.${META}
  revision! integer: Revision number.
Lease: A Lease is a lightweight lock, used for leader election and node heartbeats.${API("coordination.k8s.io/v1")}${META}
  spec LeaseSpec: Holder and timing of the lease.
LeaseSpec: The holder and timing of a lease.
  acquireTime MicroTime: When the current holder acquired the lease.
  holderIdentity string: Identity of the current holder.
  leaseDurationSeconds integer: Seconds candidates wait before taking over a lease that is not renewed.
  leaseTransitions integer: Number of times the holder changed.
  preferredHolder string: Identity that should hold the lease next (coordinated leader election).
  renewTime MicroTime: When the holder last renewed the lease.
  strategy string: Strategy for picking a leader (coordinated leader election).
MicroTime(string): A timestamp with microsecond precision, serialised as an RFC 3339 string.
RawExtension: An embedded object of any kind, stored as raw JSON.
`;
