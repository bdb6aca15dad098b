/** apiextensions.k8s.io/v1: CustomResourceDefinition and its OpenAPI schema type (Kubernetes v1.32 field set). */
const CONDITION = `
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Established, NamesAccepted, NonStructuralSchema, Terminating or KubernetesAPIApprovalPolicyConformant.`;

export default `
CustomResourceDefinition: A CustomResourceDefinition adds a new resource type to the API server, served under <plural>.<group>. Its name must be <plural>.<group>. Cluster-scoped.
  apiVersion string: Version of the API schema this object uses, such as apiextensions.k8s.io/v1.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name (<plural>.<group>), labels, annotations and other metadata of the object.
  spec! CustomResourceDefinitionSpec: The group, names, scope and versions of the new resource.
  status CustomResourceDefinitionStatus: Whether the definition is established and which names were accepted. Read-only.
CustomResourceDefinitionSpec: How a custom resource is named and served.
  conversion CustomResourceConversion: How objects are converted between the served versions.
  group! string: API group of the resource, such as stable.example.com.
  names! CustomResourceDefinitionNames: Plural, singular, kind and short names of the resource.
  preserveUnknownFields boolean: Deprecated: keep fields not in the schema. Must be false in apiextensions.k8s.io/v1; use x-kubernetes-preserve-unknown-fields instead.
  scope! string: Namespaced or Cluster.
  versions! []CustomResourceDefinitionVersion: Served versions; exactly one must be the storage version.
CustomResourceDefinitionStatus: Observed state of a definition.
  acceptedNames CustomResourceDefinitionNames: Names actually served; they may differ from spec.names when those conflict.
  conditions []CustomResourceDefinitionCondition: Conditions such as Established and NamesAccepted.
  storedVersions []string: Versions that objects have ever been stored in etcd as.
CustomResourceDefinitionCondition: One condition of a definition.${CONDITION}
CustomResourceConversion: Conversion between versions of a custom resource.
  strategy! string: None (only apiVersion is changed) or Webhook.
  webhook WebhookConversion: Webhook called for conversion; only with strategy Webhook.
WebhookConversion: A conversion webhook.
  clientConfig WebhookClientConfig: How to reach the webhook.
  conversionReviewVersions! []string: ConversionReview versions the webhook understands, in order of preference.
WebhookClientConfig: How the API server connects to a webhook.
  caBundle string: PEM CA bundle to verify the webhook's certificate, base64-encoded; the system roots when unset.
  service ServiceReference: A Service in the cluster serving the webhook.
  url string: URL of the webhook, as https://host:port/path; exclusive with service.
ServiceReference: A Service that serves a webhook.
  name! string: Name of the Service.
  namespace! string: Namespace of the Service.
  path string: URL path to send requests to.
  port integer: Port of the Service. Defaults to 443.
CustomResourceDefinitionNames: Names of a custom resource.
  categories []string: Groups the resource belongs to, such as all, for kubectl get <category>.
  kind string: CamelCase kind of the objects, such as CronTab.
  listKind string: Kind of lists of the objects. Defaults to <kind>List.
  plural! string: Plural lower-case name used in URLs, such as crontabs; must match the definition's name.
  shortNames []string: Short aliases for kubectl, such as ct.
  singular string: Singular lower-case name. Defaults to the lower-cased kind.
CustomResourceDefinitionVersion: One version of a custom resource.
  additionalPrinterColumns []CustomResourceColumnDefinition: Extra columns kubectl get shows; only NAME and AGE when unset.
  deprecated boolean: Mark the version deprecated; clients get a warning. Defaults to false.
  deprecationWarning string: Warning returned to clients of a deprecated version instead of the default one.
  name! string: Version name, such as v1 or v1beta1, used in apiVersion.
  schema CustomResourceValidation: Schema that objects of this version must follow.
  selectableFields []SelectableField: Fields usable in field selectors, besides metadata.name and metadata.namespace.
  served! boolean: Whether the version is served by the REST API.
  storage! boolean: Whether objects are stored in this version; exactly one version has it.
  subresources CustomResourceSubresources: Status and scale subresources of this version.
CustomResourceColumnDefinition: A column of kubectl get output for a custom resource.
  description string: Human-readable description of the column.
  format string: Optional format of the column, such as int32 or date.
  jsonPath! string: Simple JSONPath, evaluated against each object, giving the column's value.
  name! string: Column header.
  priority integer: 0 shows the column by default; higher priorities only with -o wide.
  type! string: OpenAPI type of the column: integer, number, string, boolean or date.
CustomResourceValidation: Validation schema of a version.
  openAPIV3Schema JSONSchemaProps: Structural OpenAPI v3 schema for validation, pruning and defaulting.
SelectableField: A field that can be used in field selectors.
  jsonPath! string: Simple JSONPath of a string, integer or boolean field, such as .spec.color.
CustomResourceSubresources: Subresources a version serves.
  scale CustomResourceSubresourceScale: Serve /scale, used by kubectl scale and autoscalers.
  status CustomResourceSubresourceStatus: Serve /status; status changes only through it and metadata.generation ignores them.
CustomResourceSubresourceScale: Where the /scale subresource finds its values.
  labelSelectorPath string: JSON path of the serialised label selector, for autoscalers.
  specReplicasPath! string: JSON path of the desired replicas, such as .spec.replicas.
  statusReplicasPath! string: JSON path of the observed replicas, such as .status.replicas.
CustomResourceSubresourceStatus: Enables the /status subresource; it has no settings.
JSONSchemaProps: A JSON-Schema (OpenAPI v3) node, restricted to the structural form custom resources use.
  $ref string: Reference to another schema; not allowed in CRDs.
  $schema string: Schema dialect URI.
  additionalItems JSONSchemaPropsOrBool: Schema of extra array items, or whether they are allowed.
  additionalProperties JSONSchemaPropsOrBool: Schema of the values of a map-like object, or whether unknown keys are allowed.
  allOf []JSONSchemaProps: The value must match every one of these schemas.
  anyOf []JSONSchemaProps: The value must match at least one of these schemas.
  default JSON: Value filled in when the field is missing.
  definitions map[string]JSONSchemaProps: Named schemas for reuse.
  dependencies map[string]JSONSchemaPropsOrStringArray: Schemas or properties required when a property is present.
  description string: Human-readable text shown by kubectl explain.
  enum []JSON: Allowed values.
  example JSON: An example value.
  exclusiveMaximum boolean: Whether maximum itself is excluded.
  exclusiveMinimum boolean: Whether minimum itself is excluded.
  externalDocs ExternalDocumentation: Link to more documentation.
  format string: Format of a string, such as date-time, int32 or byte.
  id string: Identifier of the schema.
  items JSONSchemaPropsOrArray: Schema of the array items.
  maxItems integer: Most items an array may have.
  maxLength integer: Longest allowed string.
  maxProperties integer: Most properties an object may have.
  maximum number: Largest allowed number.
  minItems integer: Fewest items an array must have.
  minLength integer: Shortest allowed string.
  minProperties integer: Fewest properties an object must have.
  minimum number: Smallest allowed number.
  multipleOf number: The number must be a multiple of this.
  not JSONSchemaProps: The value must not match this schema.
  nullable boolean: Whether null is accepted (and kept) for the field.
  oneOf []JSONSchemaProps: The value must match exactly one of these schemas.
  pattern string: Regular expression a string must match.
  patternProperties map[string]JSONSchemaProps: Schemas for properties whose names match a pattern.
  properties map[string]JSONSchemaProps: Schemas of the object's known properties.
  required []string: Properties that must be present.
  title string: Short title of the schema.
  type string: object, array, string, integer, number or boolean.
  uniqueItems boolean: Whether array items must be unique.
  x-kubernetes-embedded-resource boolean: The object is an embedded Kubernetes object with apiVersion, kind and metadata.
  x-kubernetes-int-or-string boolean: The value may be an integer or a string.
  x-kubernetes-list-map-keys []string: Keys identifying items of a list of type map.
  x-kubernetes-list-type string: How server-side apply merges the list: atomic, set or map.
  x-kubernetes-map-type string: How server-side apply merges the map: granular or atomic.
  x-kubernetes-preserve-unknown-fields boolean: Keep fields the schema does not describe instead of pruning them.
  x-kubernetes-validations []ValidationRule: CEL rules the value must satisfy.
JSONSchemaPropsOrBool: Either a schema or a boolean that allows (true) or forbids (false) any value.
JSONSchemaPropsOrArray: Either one schema for all items or a list of schemas.
JSONSchemaPropsOrStringArray: Either a schema or a list of property names.
JSON: Any JSON value.
ExternalDocumentation: A link to external documentation.
  description string: Text about the link.
  url string: The URL.
ValidationRule: A CEL validation rule.
  fieldPath string: Path of the field reported when the rule fails, relative to this schema.
  message string: Message returned when the rule fails.
  messageExpression string: CEL expression producing the failure message.
  optionalOldSelf boolean: Evaluate transition rules even without an old value.
  reason string=FieldValueDuplicate,FieldValueForbidden,FieldValueInvalid,FieldValueRequired: Reason reported on failure. Defaults to FieldValueInvalid.
  rule! string: The CEL expression, such as self.minReplicas <= self.replicas.
`;
