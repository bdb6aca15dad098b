import type { KubeObject } from "../api/types";
import type { FieldCause } from "../api/errors";
import type { ResourceInfo } from "../client";
import type { ApiServer } from "../apiserver/apiserver";

/** What the API server needs to know about one kind (models pkg/registry/<group>/<kind>/strategy.go). */
export interface KindStrategy {
  info: ResourceInfo;
  /** etcd key segment under /registry/, when it differs from the resource name (nodes → minions). */
  storageSegment?: string;
  /** Apply the API server's defaults (mutates). */
  defaults?(obj: KubeObject): void;
  /** Field errors, with upstream wording. */
  validate?(obj: KubeObject): FieldCause[];
  /** Extra field errors on update (immutable fields), given the stored object. */
  validateUpdate?(obj: KubeObject, old: KubeObject): FieldCause[];
  /** Runs once the object has its uid, before it is stored (PrepareForCreate: generated selectors). */
  prepareForCreate?(obj: KubeObject): void;
  /** Whether metadata.generation tracks spec changes. */
  tracksGeneration?: boolean;
  /** Undeclared fields, for strict field validation, when the kind's schema is not in api/schema.ts (custom resources). */
  unknownFields?(obj: KubeObject): string[];
  /** Runs after the object is stored (controllers the API server itself runs, e.g. CRD establishing). */
  afterWrite?(obj: KubeObject, api: ApiServer): void;
  /** Runs after the object is removed from the store (e.g. a CRD's custom resources go with it). */
  afterDelete?(obj: KubeObject, api: ApiServer): void;
  /** A version other than the storage version: converts an incoming object to the storage version. */
  toStorage?(obj: KubeObject): KubeObject;
  /** The stored object as this version serves it (reads and write responses). */
  fromStorage?(obj: KubeObject): KubeObject;
  /** The warning every request to this version carries (a deprecated version). */
  warning?: string;
}

export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** metadata.name validation as apimachinery words it. */
export function validateName(name: string, rule: "subdomain" | "label"): FieldCause[] {
  if (rule === "label") {
    if (name.length > 63) return [{ field: "metadata.name", reason: "FieldValueInvalid", message: `Invalid value: "${name}": must be no more than 63 characters` }];
    if (!DNS1123_LABEL.test(name))
      return [{ field: "metadata.name", reason: "FieldValueInvalid", message: `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')` }];
    return [];
  }
  if (name.length > 253) return [{ field: "metadata.name", reason: "FieldValueInvalid", message: `Invalid value: "${name}": must be no more than 253 characters` }];
  if (!DNS1123_SUBDOMAIN.test(name))
    return [{ field: "metadata.name", reason: "FieldValueInvalid", message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')` }];
  return [];
}

export const stdVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
