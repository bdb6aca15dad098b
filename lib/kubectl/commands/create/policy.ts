import { generator, helpText, meta } from "./generator";

export const createQuota = generator({
  name: "quota",
  aliases: ["resourcequota"],
  summary: "Create a quota with the specified name",
  kind: "ResourceQuota",
  group: "",
  namespaced: true,
  flags: [{ name: "hard", type: "string" }, { name: "scopes", type: "string" }],
  help: helpText("Create a ResourceQuota from resource=value pairs.", "kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]", ["kubectl create quota small --hard=cpu=1,memory=1G,pods=2"], [["--hard=''", "resource=quantity pairs."], ["--scopes=''", "Quota scopes."]]),
  build(k, name) {
    const hard: Record<string, string> = {};
    for (const pair of (k.str("hard") ?? "").split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq <= 0) return `Invalid argument syntax ${pair}, expected <resource>=<value>`;
      hard[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const scopes = (k.str("scopes") ?? "").split(",").filter(Boolean);
    const sortedHard = Object.fromEntries(Object.keys(hard).sort().map((key) => [key, hard[key]]));
    return { kind: "ResourceQuota", apiVersion: "v1", metadata: meta(k, name, true), spec: { ...(Object.keys(hard).length ? { hard: sortedHard } : {}), ...(scopes.length ? { scopes } : {}) }, status: {} };
  },
});

export const createPriorityClass = generator({
  name: "priorityclass",
  aliases: ["pc"],
  summary: "Create a priority class with the specified name",
  kind: "PriorityClass",
  group: "scheduling.k8s.io",
  namespaced: false,
  flags: [
    { name: "value", type: "int", default: 0 },
    { name: "global-default", type: "bool" },
    { name: "description", type: "string" },
    { name: "preemption-policy", type: "string", default: "PreemptLowerPriority" },
  ],
  help: helpText("Create a PriorityClass.", "kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]", ["kubectl create priorityclass high --value=1000 --description='important'"], [["--value=0", "Priority value."], ["--global-default=false", "Use for pods without a class."], ["--preemption-policy='PreemptLowerPriority'", "Or Never."]]),
  build(k, name) {
    return {
      kind: "PriorityClass",
      apiVersion: "scheduling.k8s.io/v1",
      metadata: meta(k, name, false),
      value: k.int("value") ?? 0,
      ...(k.bool("global-default") ? { globalDefault: true } : {}),
      ...(k.str("description") ? { description: k.str("description") } : {}),
      preemptionPolicy: k.str("preemption-policy"),
    };
  },
});

/** An int-or-percent flag value as the API stores it. */
const intOrString = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);

export const createPdb = generator({
  name: "poddisruptionbudget",
  aliases: ["pdb"],
  summary: "Create a pod disruption budget with the specified name",
  kind: "PodDisruptionBudget",
  group: "policy",
  namespaced: true,
  flags: [{ name: "selector", type: "string" }, { name: "min-available", type: "string" }, { name: "max-unavailable", type: "string" }],
  help: helpText("Create a PodDisruptionBudget for the pods a label selector matches.", "kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]", ["kubectl create pdb web --selector=app=web --min-available=1"], [["--selector=''", "Label selector."], ["--min-available=''", "Number or percent."], ["--max-unavailable=''", "Number or percent."]]),
  build(k, name) {
    const [min, max, sel] = [k.str("min-available"), k.str("max-unavailable"), k.str("selector")];
    if (!min && !max) return "one of min-available or max-unavailable must be specified";
    if (min && max) return "min-available and max-unavailable cannot be both specified";
    if (!sel) return "a selector must be specified";
    const matchLabels: Record<string, string> = {};
    for (const part of sel.split(",")) {
      const [key, v] = part.split("=");
      matchLabels[key] = v ?? "";
    }
    return {
      kind: "PodDisruptionBudget",
      apiVersion: "policy/v1",
      metadata: meta(k, name, true),
      spec: { ...(min ? { minAvailable: intOrString(min) } : {}), selector: { matchLabels }, ...(max ? { maxUnavailable: intOrString(max) } : {}) },
      status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
    };
  },
});
