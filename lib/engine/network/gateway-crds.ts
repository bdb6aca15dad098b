/**
 * Gateway API v1 (standard channel) CustomResourceDefinitions for GatewayClass, Gateway and
 * HTTPRoute, as a lab installs them with `kubectl apply`. The schemas are a compact hand-written
 * subset of the upstream ones (fields, types, enums, defaults and printer columns a learner meets);
 * upstream's CEL rules are not modelled.
 */

export const GATEWAY_API_VERSION = "v1.2.1";

/** A block of YAML lines (written at column 0) moved right by `by` spaces, each line starting with a newline. */
const block = (text: string, by: number) => text.replace(/^(?=.)/gm, " ".repeat(by)).replace(/^/, "\n").replace(/\n$/, "");

const CONDITIONS = `conditions:
  type: array
  maxItems: 8
  items:
    type: object
    required: [type, status, lastTransitionTime, reason, message]
    properties:
      type: {type: string}
      status: {type: string, enum: ["True", "False", Unknown]}
      observedGeneration: {type: integer, minimum: 0}
      lastTransitionTime: {type: string, format: date-time}
      reason: {type: string}
      message: {type: string, maxLength: 32768}
`;

const PARENT_REF = `type: object
required: [name]
properties:
  group: {type: string, default: gateway.networking.k8s.io}
  kind: {type: string, default: Gateway}
  namespace: {type: string}
  name: {type: string, minLength: 1, maxLength: 253}
  sectionName: {type: string}
  port: {type: integer, minimum: 1, maximum: 65535}
`;

function crd(plural: string, kind: string, scope: string, shortNames: string[], columns: string, spec: string, status: string, statusDefault = ""): string {
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${plural}.gateway.networking.k8s.io
  annotations:
    gateway.networking.k8s.io/bundle-version: ${GATEWAY_API_VERSION}
    gateway.networking.k8s.io/channel: standard
spec:
  group: gateway.networking.k8s.io
  names:
    categories: [gateway-api]
    kind: ${kind}
    listKind: ${kind}List
    plural: ${plural}
    singular: ${kind.toLowerCase()}${shortNames.length ? `\n    shortNames: [${shortNames.join(", ")}]` : ""}
  scope: ${scope}
  versions:
  - name: v1
    served: true
    storage: true
    subresources:
      status: {}
    additionalPrinterColumns:${columns}
    schema:
      openAPIV3Schema:
        type: object
        required: [spec]
        properties:
          apiVersion: {type: string}
          kind: {type: string}
          metadata: {type: object}
          spec:
            type: object${spec}
          status:
            type: object${statusDefault}${status}
`;
}

const GATEWAY_CLASS = crd(
  "gatewayclasses",
  "GatewayClass",
  "Cluster",
  ["gc"],
  `
    - {name: Controller, type: string, jsonPath: .spec.controllerName}
    - {name: Accepted, type: string, jsonPath: '.status.conditions[?(@.type=="Accepted")].status'}
    - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
    - {name: Description, type: string, jsonPath: .spec.description, priority: 1}`,
  `
            required: [controllerName]
            properties:
              controllerName: {type: string, minLength: 1, maxLength: 253}
              description: {type: string, maxLength: 64}
              parametersRef:
                type: object
                required: [group, kind, name]
                properties:
                  group: {type: string}
                  kind: {type: string}
                  name: {type: string}
                  namespace: {type: string}`,
  `
            properties:${block(CONDITIONS, 14)}
              supportedFeatures:
                type: array
                items:
                  type: object
                  properties:
                    name: {type: string}`,
  `
            default:
              conditions:
              - {type: Accepted, status: Unknown, reason: Pending, message: Waiting for controller, lastTransitionTime: "1970-01-01T00:00:00Z"}`,
);

const GATEWAY = crd(
  "gateways",
  "Gateway",
  "Namespaced",
  ["gtw"],
  `
    - {name: Class, type: string, jsonPath: .spec.gatewayClassName}
    - {name: Address, type: string, jsonPath: '.status.addresses[*].value'}
    - {name: Programmed, type: string, jsonPath: '.status.conditions[?(@.type=="Programmed")].status'}
    - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}`,
  `
            required: [gatewayClassName, listeners]
            properties:
              gatewayClassName: {type: string, minLength: 1, maxLength: 253}
              addresses:
                type: array
                maxItems: 16
                items:
                  type: object
                  required: [value]
                  properties:
                    type: {type: string, default: IPAddress}
                    value: {type: string, minLength: 1, maxLength: 253}
              listeners:
                type: array
                minItems: 1
                maxItems: 64
                items:
                  type: object
                  required: [name, port, protocol]
                  properties:
                    name: {type: string, minLength: 1, maxLength: 253}
                    hostname: {type: string, minLength: 1, maxLength: 253}
                    port: {type: integer, minimum: 1, maximum: 65535}
                    protocol: {type: string, minLength: 1, maxLength: 255}
                    tls:
                      type: object
                      properties:
                        mode: {type: string, enum: [Terminate, Passthrough], default: Terminate}
                        certificateRefs:
                          type: array
                          items:
                            type: object
                            required: [name]
                            properties:
                              group: {type: string, default: ""}
                              kind: {type: string, default: Secret}
                              name: {type: string}
                              namespace: {type: string}
                        options:
                          type: object
                          additionalProperties: {type: string}
                    allowedRoutes:
                      type: object
                      default: {namespaces: {from: Same}}
                      properties:
                        namespaces:
                          type: object
                          default: {from: Same}
                          properties:
                            from: {type: string, enum: [All, Selector, Same], default: Same}
                            selector:
                              type: object
                              properties:
                                matchLabels:
                                  type: object
                                  additionalProperties: {type: string}
                                matchExpressions:
                                  type: array
                                  items:
                                    type: object
                                    required: [key, operator]
                                    properties:
                                      key: {type: string}
                                      operator: {type: string}
                                      values:
                                        type: array
                                        items: {type: string}
                        kinds:
                          type: array
                          items:
                            type: object
                            required: [kind]
                            properties:
                              group: {type: string, default: gateway.networking.k8s.io}
                              kind: {type: string}`,
  `
            properties:
              addresses:
                type: array
                items:
                  type: object
                  required: [value]
                  properties:
                    type: {type: string, default: IPAddress}
                    value: {type: string}${block(CONDITIONS, 14)}
              listeners:
                type: array
                items:
                  type: object
                  required: [name, supportedKinds, attachedRoutes, conditions]
                  properties:
                    name: {type: string}
                    attachedRoutes: {type: integer}
                    supportedKinds:
                      type: array
                      items:
                        type: object
                        required: [kind]
                        properties:
                          group: {type: string}
                          kind: {type: string}${block(CONDITIONS, 20)}`,
  `
            default:
              conditions:
              - {type: Accepted, status: Unknown, reason: Pending, message: Waiting for controller, lastTransitionTime: "1970-01-01T00:00:00Z"}
              - {type: Programmed, status: Unknown, reason: Pending, message: Waiting for controller, lastTransitionTime: "1970-01-01T00:00:00Z"}`,
);

const HTTP_ROUTE = crd(
  "httproutes",
  "HTTPRoute",
  "Namespaced",
  [],
  `
    - {name: Hostnames, type: string, jsonPath: .spec.hostnames}
    - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}`,
  `
            properties:
              parentRefs:
                type: array
                maxItems: 32
                items:${block(PARENT_REF, 18)}
              hostnames:
                type: array
                maxItems: 16
                items: {type: string, minLength: 1, maxLength: 253}
              rules:
                type: array
                maxItems: 16
                default: [{matches: [{path: {type: PathPrefix, value: /}}]}]
                items:
                  type: object
                  properties:
                    name: {type: string}
                    matches:
                      type: array
                      maxItems: 64
                      default: [{path: {type: PathPrefix, value: /}}]
                      items:
                        type: object
                        properties:
                          path:
                            type: object
                            default: {type: PathPrefix, value: /}
                            properties:
                              type: {type: string, enum: [Exact, PathPrefix, RegularExpression], default: PathPrefix}
                              value: {type: string, maxLength: 1024, default: /}
                          headers:
                            type: array
                            items:
                              type: object
                              required: [name, value]
                              properties:
                                type: {type: string, enum: [Exact, RegularExpression], default: Exact}
                                name: {type: string}
                                value: {type: string}
                          queryParams:
                            type: array
                            items:
                              type: object
                              required: [name, value]
                              properties:
                                type: {type: string, enum: [Exact, RegularExpression], default: Exact}
                                name: {type: string}
                                value: {type: string}
                          method: {type: string, enum: [GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH]}
                    filters:
                      type: array
                      maxItems: 16
                      items:
                        type: object
                        required: [type]
                        x-kubernetes-preserve-unknown-fields: true
                        properties:
                          type: {type: string, enum: [RequestHeaderModifier, ResponseHeaderModifier, RequestMirror, RequestRedirect, URLRewrite, ExtensionRef]}
                          urlRewrite:
                            type: object
                            properties:
                              hostname: {type: string}
                              path:
                                type: object
                                required: [type]
                                properties:
                                  type: {type: string, enum: [ReplaceFullPath, ReplacePrefixMatch]}
                                  replaceFullPath: {type: string}
                                  replacePrefixMatch: {type: string}
                    backendRefs:
                      type: array
                      maxItems: 16
                      items:
                        type: object
                        required: [name]
                        properties:
                          group: {type: string, default: ""}
                          kind: {type: string, default: Service}
                          name: {type: string, minLength: 1, maxLength: 253}
                          namespace: {type: string}
                          port: {type: integer, minimum: 1, maximum: 65535}
                          weight: {type: integer, minimum: 0, maximum: 1000000, default: 1}
                          filters:
                            type: array
                            items:
                              type: object
                              x-kubernetes-preserve-unknown-fields: true
                    timeouts:
                      type: object
                      properties:
                        request: {type: string}
                        backendRequest: {type: string}`,
  `
            required: [parents]
            properties:
              parents:
                type: array
                maxItems: 32
                items:
                  type: object
                  required: [parentRef, controllerName]
                  properties:
                    controllerName: {type: string}
                    parentRef:${block(PARENT_REF, 22)}${block(CONDITIONS, 20)}`,
);

/** The three CRDs as one multi-document manifest (what `kubectl apply -f standard-install.yaml` installs, in part). */
export function gatewayApiCrds(): string {
  return [GATEWAY_CLASS, GATEWAY, HTTP_ROUTE].join("---\n");
}
