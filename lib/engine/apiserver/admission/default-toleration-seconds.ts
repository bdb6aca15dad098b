import type { AdmissionPlugin } from "./types";

/** DefaultTolerationSeconds: pods tolerate not-ready/unreachable nodes for 300s. Models plugin/pkg/admission/defaulttolerationseconds. */
export const defaultTolerationSeconds: AdmissionPlugin = {
  name: "DefaultTolerationSeconds",
  mutate(req) {
    if (req.operation !== "CREATE" || req.resource !== "pods" || req.subresource) return;
    const spec = (req.obj.spec ??= {});
    const tolerations: { key?: string; operator?: string; effect?: string; tolerationSeconds?: number }[] = (spec.tolerations ??= []);
    for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
      const covered = tolerations.some((t) => (t.key === key || (!t.key && t.operator === "Exists")) && (!t.effect || t.effect === "NoExecute"));
      if (!covered) tolerations.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 });
    }
  },
};
