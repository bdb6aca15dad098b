/** Object metadata and the shared apimachinery types (field names and types: Kubernetes v1.32 OpenAPI). */
export default `
ObjectMeta: Metadata every persisted object carries: its name, namespace, labels, annotations and bookkeeping fields set by the API server.
  annotations map[string]string: Free-form key/value data for tools and people; not used to select objects.
  creationTimestamp Time: When the server created the object. Set by the system and read-only.
  deletionGracePeriodSeconds integer: Seconds the object is given to terminate once deletion was requested. Read-only.
  deletionTimestamp Time: When the object will be (or started to be) deleted; set by the server when a delete is requested. Read-only.
  finalizers []string: Names of controllers that must finish cleanup before the object is removed from storage.
  generateName string: Prefix the server uses to build a unique name when name is empty.
  generation integer: Sequence number of changes to the desired state, incremented by the server.
  labels map[string]string: Key/value pairs used to organise and select objects (by selectors in Services, Deployments and so on).
  managedFields []ManagedFieldsEntry: Which manager owns which fields, as tracked by server-side apply. Mostly for internal use.
  name string: Name of the object, unique within its namespace (or cluster-wide for cluster-scoped kinds).
  namespace string: Namespace the object lives in. Empty for cluster-scoped kinds; defaults to "default" for namespaced ones.
  ownerReferences []OwnerReference: Objects this one depends on; when all owners are gone the garbage collector deletes it.
  resourceVersion string: Opaque version of the object, used for optimistic concurrency and watches. Read-only.
  selfLink string: Deprecated and no longer set by the server.
  uid string: Unique identifier of this object across the cluster's lifetime. Set by the server and read-only.
ManagedFieldsEntry: One manager's ownership of a set of fields, recorded by server-side apply.
  apiVersion string: API version of the object as the manager wrote it.
  fieldsType string: Format of fieldsV1; currently always "FieldsV1".
  fieldsV1 FieldsV1: The set of owned fields.
  manager string: Name of the client (field manager) that owns these fields.
  operation string: Whether the fields were written by Apply or Update.
  subresource string: Subresource (such as status) through which the fields were written, if any.
  time Time: When the manager last changed these fields.
FieldsV1: A compact tree of field paths, as used by server-side apply.
OwnerReference: Identifies an owner of an object, in the owner's own namespace or cluster-wide.
  apiVersion string: API version of the owner.
  blockOwnerDeletion boolean: When true, foreground deletion of the owner waits for this object to be deleted first.
  controller boolean: Marks the owner that manages this object; at most one owner may be the controller.
  kind string: Kind of the owner.
  name! string: Name of the owner.
  uid! string: UID of the owner.
LabelSelector: Selects objects by their labels. All conditions must hold; an empty selector matches everything and a missing one matches nothing.
  matchExpressions []LabelSelectorRequirement: Set-based requirements, all of which must match.
  matchLabels map[string]string: Exact key/value pairs; each one is a requirement that the label equals the value.
LabelSelectorRequirement: One label requirement: a key, an operator and possibly a list of values.
  key! string: Label key the requirement applies to.
  operator! string: How the key relates to the values: In, NotIn, Exists or DoesNotExist.
  values []string: Values to compare with. Must be non-empty for In and NotIn and empty for Exists and DoesNotExist.
Condition: A standard status condition: one aspect of an object's current state.
  lastTransitionTime! Time: When the condition last changed status.
  message! string: Human-readable details about the transition.
  observedGeneration integer: The metadata.generation the condition was computed from.
  reason! string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Kind of condition, in CamelCase.
Time(string): A timestamp, serialised as an RFC 3339 string in UTC.
Quantity: A fixed-point number with an optional suffix, such as 500m, 2, 128Mi or 1G. Binary suffixes (Ki, Mi, Gi...) are powers of 1024, decimal ones (k, M, G...) powers of 1000, and m means thousandths.
IntOrString: A value that is either an integer or a string, such as a port number or a named port, or a count or a percentage.
`;
