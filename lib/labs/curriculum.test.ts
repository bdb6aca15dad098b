import { describe, expect, it } from "vitest";
import { ALL_COMPETENCIES, competencyAnchor, competencyHref } from "./curriculum";

describe("curriculum anchors", () => {
  it.each([
    ["Manage role based access control (RBAC)", "manage-role-based-access-control-rbac"],
    ["Understand extension interfaces (CNI, CSI, CRI, etc.)", "understand-extension-interfaces-cni-csi-cri-etc"],
    ["Use ClusterIP, NodePort, LoadBalancer service types and endpoints", "use-clusterip-nodeport-loadbalancer-service-types-and-endpoints"],
  ])("%s → %s", (competency, anchor) => {
    expect(competencyAnchor(competency)).toBe(anchor);
    expect(competencyHref(competency)).toBe(`/resources#${anchor}`);
  });

  it("gives every one of the 27 competencies its own anchor", () => {
    expect(ALL_COMPETENCIES).toHaveLength(27);
    expect(new Set(ALL_COMPETENCIES.map(competencyAnchor)).size).toBe(27);
  });
});
