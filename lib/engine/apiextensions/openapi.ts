import type { FieldCause } from "../api/errors";

/**
 * Structural OpenAPI v3 schemas of CustomResourceDefinitions: validation, pruning of unknown
 * fields and defaulting, as kube-apiserver applies them to custom resources. Models
 * staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/{pruning,defaulting} and the
 * kube-openapi validator's messages.
 */

export interface JSONSchemaProps {
  type?: string;
  properties?: Record<string, JSONSchemaProps>;
  additionalProperties?: JSONSchemaProps | boolean;
  items?: JSONSchemaProps;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  nullable?: boolean;
  description?: string;
  format?: string;
  "x-kubernetes-preserve-unknown-fields"?: boolean;
  "x-kubernetes-int-or-string"?: boolean;
  "x-kubernetes-embedded-resource"?: boolean;
  [key: string]: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

/** Fields of an object every custom resource keeps whatever its schema says. */
const ROOT_FIELDS = new Set(["apiVersion", "kind", "metadata"]);

/** The JSON type name of a value as the validator reports it (`"string"`, `"integer"`, ...). */
function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeMatches(s: JSONSchemaProps, v: unknown): boolean {
  if (v === null) return !!s.nullable;
  if (s["x-kubernetes-int-or-string"]) return typeof v === "string" || (typeof v === "number" && Number.isInteger(v));
  switch (s.type) {
    case undefined:
    case "":
      return true;
    case "object":
      return isObject(v);
    case "array":
      return Array.isArray(v);
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "number":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    case "string":
      return typeof v === "string";
    default:
      return true;
  }
}

/** How field.Error prints a bad value: strings quoted, numbers and booleans bare. */
const shown = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v));

/** Field errors of a custom resource against its schema (root is the whole object). */
export function validateSchema(schema: JSONSchemaProps, obj: unknown): FieldCause[] {
  const out: FieldCause[] = [];
  const walk = (s: JSONSchemaProps, v: unknown, path: string) => {
    const at = path || "<root>";
    if (!typeMatches(s, v)) {
      const t = typeOf(v);
      out.push({ field: at, reason: "FieldValueTypeInvalid", message: `Invalid value: "${t}": ${at} in body must be of type ${s.type}: "${t}"` });
      return;
    }
    if (v === null || v === undefined) return;
    if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) {
      out.push({ field: at, reason: "FieldValueNotSupported", message: `Unsupported value: ${shown(v)}: supported values: ${s.enum.map(shown).join(", ")}` });
    }
    if (typeof v === "number") {
      if (s.maximum !== undefined && v > s.maximum) out.push({ field: at, reason: "FieldValueInvalid", message: `Invalid value: ${v}: ${at} in body should be less than or equal to ${s.maximum}` });
      if (s.minimum !== undefined && v < s.minimum) out.push({ field: at, reason: "FieldValueInvalid", message: `Invalid value: ${v}: ${at} in body should be greater than or equal to ${s.minimum}` });
    }
    if (typeof v === "string") {
      if (s.maxLength !== undefined && [...v].length > s.maxLength) out.push({ field: at, reason: "FieldValueTooLong", message: `Too long: may not be more than ${s.maxLength} bytes` });
      if (s.minLength !== undefined && [...v].length < s.minLength) out.push({ field: at, reason: "FieldValueInvalid", message: `Invalid value: ${shown(v)}: ${at} in body should be at least ${s.minLength} chars long` });
      if (s.pattern !== undefined && !safeRegExp(s.pattern).test(v)) out.push({ field: at, reason: "FieldValueInvalid", message: `Invalid value: ${shown(v)}: ${at} in body should match '${s.pattern}'` });
    }
    if (Array.isArray(v)) {
      if (s.maxItems !== undefined && v.length > s.maxItems) out.push({ field: at, reason: "FieldValueTooMany", message: `Too many: ${v.length}: must have at most ${s.maxItems} items` });
      if (s.minItems !== undefined && v.length < s.minItems) out.push({ field: at, reason: "FieldValueInvalid", message: `Invalid value: ${v.length}: ${at} in body should have at least ${s.minItems} items` });
      if (s.items) v.forEach((item, i) => walk(s.items!, item, `${path}[${i}]`));
    }
    if (isObject(v)) {
      for (const r of s.required ?? []) if (!(r in v)) out.push({ field: path ? `${path}.${r}` : r, reason: "FieldValueRequired", message: "Required value" });
      for (const [k, child] of Object.entries(v)) {
        if (!path && ROOT_FIELDS.has(k)) continue;
        const sub = s.properties?.[k] ?? (isObject(s.additionalProperties) ? s.additionalProperties : undefined);
        if (sub) walk(sub, child, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(schema, obj, "");
  return out;
}

function safeRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return /(?:)/;
  }
}

/** Whether unknown fields below this schema node are kept. */
const preserves = (s: JSONSchemaProps) => !!s["x-kubernetes-preserve-unknown-fields"] || s.additionalProperties === true;

/** Paths of fields the schema does not declare (what strict field validation rejects and pruning drops). */
export function unknownSchemaFields(schema: JSONSchemaProps, obj: unknown): string[] {
  const out: string[] = [];
  const walk = (s: JSONSchemaProps, v: unknown, path: string) => {
    if (Array.isArray(v)) {
      if (s.items) v.forEach((item, i) => walk(s.items!, item, `${path}[${i}]`));
      return;
    }
    if (!isObject(v)) return;
    for (const [k, child] of Object.entries(v)) {
      if (!path && ROOT_FIELDS.has(k)) continue;
      const at = path ? `${path}.${k}` : k;
      const sub = s.properties?.[k] ?? (isObject(s.additionalProperties) ? s.additionalProperties : undefined);
      if (sub) walk(sub, child, at);
      else if (!preserves(s)) out.push(at);
    }
  };
  walk(schema, obj, "");
  return out;
}

/** Drops undeclared fields in place (the API server prunes every structural custom resource). */
export function pruneSchema(schema: JSONSchemaProps, obj: unknown): void {
  const walk = (s: JSONSchemaProps, v: unknown, root: boolean) => {
    if (Array.isArray(v)) {
      if (s.items) for (const item of v) walk(s.items, item, false);
      return;
    }
    if (!isObject(v)) return;
    for (const k of Object.keys(v)) {
      if (root && ROOT_FIELDS.has(k)) continue;
      const sub = s.properties?.[k] ?? (isObject(s.additionalProperties) ? s.additionalProperties : undefined);
      if (sub) walk(sub, v[k], false);
      else if (!preserves(s)) delete v[k];
    }
  };
  walk(schema, obj, true);
}

/** Fills `default` values of absent fields, top-down, in place. */
export function applySchemaDefaults(schema: JSONSchemaProps, obj: unknown): void {
  const walk = (s: JSONSchemaProps, v: unknown) => {
    if (Array.isArray(v)) {
      if (s.items) for (const item of v) walk(s.items, item);
      return;
    }
    if (!isObject(v)) return;
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      if (!(k in v) && sub.default !== undefined) v[k] = JSON.parse(JSON.stringify(sub.default));
      if (k in v) walk(sub, v[k]);
    }
    if (isObject(s.additionalProperties)) for (const k of Object.keys(v)) if (!s.properties?.[k]) walk(s.additionalProperties, v[k]);
  };
  walk(schema, obj);
}

/**
 * Structural-schema errors of a CRD version's schema (field path prefix given), the subset of
 * apiextensions' structural checks a hand-written CRD trips over: a type at the root and on every
 * declared property.
 */
export function structuralErrors(schema: JSONSchemaProps, prefix: string): FieldCause[] {
  const out: FieldCause[] = [];
  if (!schema.type) out.push({ field: `${prefix}.type`, reason: "FieldValueRequired", message: "Required value: must not be empty at the root" });
  else if (schema.type !== "object") out.push({ field: `${prefix}.type`, reason: "FieldValueInvalid", message: `Invalid value: "${schema.type}": must be object at the root` });
  const walk = (s: JSONSchemaProps, path: string) => {
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      const at = `${path}.properties[${k}]`;
      if (!sub.type && !sub["x-kubernetes-int-or-string"] && !sub["x-kubernetes-preserve-unknown-fields"]) out.push({ field: `${at}.type`, reason: "FieldValueRequired", message: "Required value: must not be empty for specified object fields" });
      walk(sub, at);
    }
    if (s.items) {
      if (!s.items.type && !s.items["x-kubernetes-int-or-string"] && !s.items["x-kubernetes-preserve-unknown-fields"]) out.push({ field: `${path}.items.type`, reason: "FieldValueRequired", message: "Required value: must not be empty for specified array items" });
      walk(s.items, `${path}.items`);
    }
    if (isObject(s.additionalProperties)) walk(s.additionalProperties, `${path}.additionalProperties`);
  };
  walk(schema, prefix);
  return out;
}
