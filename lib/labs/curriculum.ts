/** The CKA v1.32 curriculum: five domains, their weights, and the competencies under each. */
export const CURRICULUM_URL = "https://github.com/cncf/curriculum";
/** Where CNCF keeps the v1.32 PDF (older versions move under old-versions/). */
export const CURRICULUM_V132_URL = "https://github.com/cncf/curriculum/tree/master/old-versions";
export const EXAM_TIPS_URL = "https://docs.linuxfoundation.org/tc-docs/certification/tips-cka-and-ckad";

export const DOMAINS = {
  troubleshooting: {
    title: "Troubleshooting",
    weight: 30,
    competencies: [
      "Troubleshoot clusters and nodes",
      "Troubleshoot cluster components",
      "Monitor cluster and application resource usage",
      "Manage and evaluate container output streams",
      "Troubleshoot services and networking",
    ],
  },
  "cluster-architecture": {
    title: "Cluster Architecture, Installation and Configuration",
    weight: 25,
    competencies: [
      "Manage role based access control (RBAC)",
      "Prepare underlying infrastructure for installing a Kubernetes cluster",
      "Create and manage Kubernetes clusters using kubeadm",
      "Manage the lifecycle of Kubernetes clusters",
      "Implement and configure a highly-available control plane",
      "Use Helm and Kustomize to install cluster components",
      "Understand extension interfaces (CNI, CSI, CRI, etc.)",
      "Understand CRDs, install and configure operators",
    ],
  },
  "services-networking": {
    title: "Services and Networking",
    weight: 20,
    competencies: [
      "Understand connectivity between Pods",
      "Define and enforce Network Policies",
      "Use ClusterIP, NodePort, LoadBalancer service types and endpoints",
      "Use the Gateway API to manage Ingress traffic",
      "Know how to use Ingress controllers and Ingress resources",
      "Understand and use CoreDNS",
    ],
  },
  "workloads-scheduling": {
    title: "Workloads and Scheduling",
    weight: 15,
    competencies: [
      "Understand application deployments and how to perform rolling update and rollbacks",
      "Use ConfigMaps and Secrets to configure applications",
      "Configure workload autoscaling",
      "Understand the primitives used to create robust, self-healing, application deployments",
      "Configure Pod admission and scheduling (limits, node affinity, etc.)",
    ],
  },
  storage: {
    title: "Storage",
    weight: 10,
    competencies: [
      "Implement storage classes and dynamic volume provisioning",
      "Configure volume types, access modes and reclaim policies",
      "Manage persistent volumes and persistent volume claims",
    ],
  },
} as const;

export type DomainId = keyof typeof DOMAINS;
export const DOMAIN_IDS = Object.keys(DOMAINS) as DomainId[];
export const ALL_COMPETENCIES: string[] = DOMAIN_IDS.flatMap((d) => [...DOMAINS[d].competencies]);

/** A stable anchor for one competency bullet: "Manage role based access control (RBAC)" → "manage-role-based-access-control-rbac". */
export function competencyAnchor(competency: string): string {
  return competency
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Where the app explains a competency bullet and links out to the official curriculum. */
export function competencyHref(competency: string): string {
  return `/resources#${competencyAnchor(competency)}`;
}
