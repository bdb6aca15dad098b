import type { KubeObject } from "../../engine/api/types";
import { age, humanDuration } from "./duration";
import type { Column } from "./columns";

// Models printRole, printRoleBinding, printClusterRole, printClusterRoleBinding and
// printCertificateSigningRequest in pkg/printers/internalversion/printers.go (v1.32).

const NAME: Column = { name: "NAME", cell: (o) => o.metadata.name ?? "" };
const AGE: Column = { name: "AGE", cell: (o, now) => age(o.metadata.creationTimestamp, now) };
const CREATED_AT: Column = { name: "CREATED AT", cell: (o) => String(o.metadata.creationTimestamp ?? "") };

type Subject = { kind: string; name: string; namespace?: string };
const subjects = (o: KubeObject, kind: string) =>
  ((o.subjects as Subject[]) ?? [])
    .filter((s) => s.kind === kind)
    .map((s) => (kind === "ServiceAccount" ? `${s.namespace ?? ""}/${s.name}` : s.name))
    .join(", ");

const BINDING: Column[] = [
  NAME,
  { name: "ROLE", cell: (o) => `${(o.roleRef as Subject)?.kind}/${(o.roleRef as Subject)?.name}` },
  AGE,
  { name: "USERS", wide: true, cell: (o) => subjects(o, "User") },
  { name: "GROUPS", wide: true, cell: (o) => subjects(o, "Group") },
  { name: "SERVICEACCOUNTS", wide: true, cell: (o) => subjects(o, "ServiceAccount") },
];

/** Approved / Denied / Failed in condition order, Pending when none, `,Issued` once a certificate is set. */
export function csrCondition(o: KubeObject): string {
  const names = ((o.status?.conditions ?? []) as { type: string }[]).map((c) => c.type).filter((t) => ["Approved", "Denied", "Failed"].includes(t));
  const text = names.length ? names.join(",") : "Pending";
  return o.status?.certificate ? `${text},Issued` : text;
}

export const RBAC_TABLES: Record<string, Column[]> = {
  roles: [NAME, CREATED_AT],
  clusterroles: [NAME, CREATED_AT],
  rolebindings: BINDING,
  clusterrolebindings: BINDING,
  certificatesigningrequests: [
    NAME,
    AGE,
    { name: "SIGNERNAME", cell: (o) => String(o.spec?.signerName ?? "") },
    { name: "REQUESTOR", cell: (o) => String(o.spec?.username ?? "") },
    { name: "REQUESTEDDURATION", cell: (o) => (typeof o.spec?.expirationSeconds === "number" ? humanDuration(o.spec.expirationSeconds * 1000) : "<none>") },
    { name: "CONDITION", cell: csrCondition },
  ],
};
