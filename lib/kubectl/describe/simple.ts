import type { KubeObject } from "../../engine/api/types";
import { describeEvents, DescribeWriter } from "./writer";
import { header } from "./generic";
import { namespacePolicies } from "./policy";

// Models describe.go NamespaceDescriber, ConfigMapDescriber, SecretDescriber, ServiceAccountDescriber.
export function describeNamespace(ns: KubeObject, events: KubeObject[] | undefined, now: number, quotas: KubeObject[], limits: KubeObject[]): string {
  const w = new DescribeWriter();
  header(w, ns, { namespace: false });
  w.write(0, `Status:\t${ns.status?.phase ?? "Active"}\n`);
  namespacePolicies(w, quotas, limits);
  void events;
  void now;
  return w.toString();
}

export function describeConfigMap(cm: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  header(w, cm);
  w.write(0, "\nData\n====\n");
  for (const key of Object.keys((cm.data as Record<string, string>) ?? {}).sort()) {
    w.write(0, `${key}:\n----\n`);
    w.write(0, `${(cm.data as Record<string, string>)[key]}\n\n`);
  }
  w.write(0, "\nBinaryData\n====\n");
  for (const key of Object.keys((cm.binaryData as Record<string, string>) ?? {}).sort()) w.write(0, `${key}: ${atob((cm.binaryData as Record<string, string>)[key]).length} bytes\n`);
  describeEvents(w, events, now);
  return w.toString();
}

export function describeSecret(s: KubeObject): string {
  const w = new DescribeWriter();
  header(w, s);
  w.write(0, `\nType:\t${s.type ?? "Opaque"}\n`);
  w.write(0, "\nData\n====\n");
  const data = (s.data as Record<string, string>) ?? {};
  for (const key of Object.keys(data).sort()) w.write(0, `${key}:\t${atob(data[key]).length} bytes\n`);
  return w.toString();
}

export function describeServiceAccount(sa: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  header(w, sa);
  const names = (list: { name: string }[] | undefined) => (list?.length ? list.map((x) => x.name).join(",") : "<none>");
  w.write(0, `Image pull secrets:\t${names(sa.imagePullSecrets as { name: string }[])}\n`);
  w.write(0, `Mountable secrets:\t${names(sa.secrets as { name: string }[])}\n`);
  w.write(0, `Tokens:\t<none>\n`);
  describeEvents(w, events, now);
  return w.toString();
}
