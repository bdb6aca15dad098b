import type { ResourceInfo } from "../client";
import { unknownFieldsIn } from "../api/schema";
import type { KindStrategy } from "./strategy";
import { strategies } from "./registry";
import { horizontalPodAutoscalerStrategy } from "./kinds/hpa";
import { HPA_V1_SCHEMA, hpaFromV1, hpaToV1 } from "./kinds/hpa-v1";

/**
 * Built-in resources served at more than one version. Each row is a version other than the storage
 * (and preferred) one: requests at it are converted to the storage version on the way in and back on
 * the way out, as kube-apiserver's codecs do through the internal version.
 */

/** A version served beside the storage strategy's: conversion both ways and its own strict-decoding schema. */
interface ConversionRow {
  storage: KindStrategy;
  version: string;
  toStorage: NonNullable<KindStrategy["toStorage"]>;
  fromStorage: NonNullable<KindStrategy["fromStorage"]>;
  schema: Parameters<typeof unknownFieldsIn>[0];
}

const CONVERSIONS: ConversionRow[] = [{ storage: horizontalPodAutoscalerStrategy, version: "v1", toStorage: hpaFromV1, fromStorage: hpaToV1, schema: HPA_V1_SCHEMA }];

/** The strategy serving a row's version: the storage strategy's rules behind the conversion. */
function servedStrategy(row: ConversionRow): KindStrategy {
  return {
    ...row.storage,
    info: { ...row.storage.info, version: row.version, preferredVersion: row.storage.info.version },
    unknownFields: (obj) => unknownFieldsIn(row.schema, obj),
    toStorage: row.toStorage,
    fromStorage: row.fromStorage,
  };
}

const ALTERNATES = CONVERSIONS.map(servedStrategy);

/** Discovery entries of the non-preferred versions of built-in resources. */
export function alternateInfos(): ResourceInfo[] {
  return ALTERNATES.map((s) => s.info);
}

/** Splits `plural.version.group` (a version-qualified resource, as kubectl sends it); undefined for plain names. */
export function parseResourceRef(ref: string): { resource: string; version: string; group: string } | undefined {
  const m = /^([a-z0-9-]+)\.(v\d+(?:(?:alpha|beta)\d+)?)\.([a-z0-9.-]+)$/.exec(ref);
  return m ? { resource: m[1], version: m[2], group: m[3] } : undefined;
}

/** The built-in strategy for a version-qualified resource (`horizontalpodautoscalers.v1.autoscaling`). */
export function versionedStrategyFor(ref: string): KindStrategy | undefined {
  const r = parseResourceRef(ref);
  if (!r) return undefined;
  return [...strategies, ...ALTERNATES].find((s) => s.info.resource === r.resource && s.info.group === r.group && s.info.version === r.version);
}

/** The built-in strategy for a manifest's apiVersion and kind at a non-preferred version. */
export function versionedStrategyForKind(apiVersion: string, kind: string): KindStrategy | undefined {
  return ALTERNATES.find((s) => s.info.kind === kind && `${s.info.group}/${s.info.version}` === apiVersion);
}

/** kubectl's resolution of `name.version.group` (`hpa.v1.autoscaling`) over the non-preferred built-in versions. */
export function resolveVersioned(name: string): ResourceInfo | undefined {
  const r = parseResourceRef(name.toLowerCase());
  if (!r) return undefined;
  return alternateInfos().find((i) => i.group === r.group && i.version === r.version && [i.resource, i.singular, ...i.shortNames, i.kind.toLowerCase()].includes(r.resource));
}
