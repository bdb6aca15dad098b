import { reportError, type Subcommand } from "../context";
import { fromArgs, RESOURCE_HINT, UsageError } from "../resources";
import { kindRef } from "../write-result";
import { helpText, writeMode } from "./create/generator";
import { printWritten } from "../write-result";

export const autoscale: Subcommand = {
  name: "autoscale",
  summary: "Auto-scale a deployment, replica set, stateful set, or replication controller",
  flags: [
    { name: "max", type: "int", default: -1, required: true },
    { name: "min", type: "int", default: -1 },
    { name: "cpu-percent", type: "int", default: -1 },
    { name: "name", type: "string" },
    { name: "filename", short: "f", type: "array" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "save-config", type: "bool" },
    { name: "field-manager", type: "string", default: "kubectl-autoscale" },
  ],
  help: helpText("Create a HorizontalPodAutoscaler for a workload.", "kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]", ["kubectl autoscale deployment web --min=2 --max=10 --cpu-percent=80"], [["--max=-1", "Upper replica limit (required)."], ["--min=-1", "Lower replica limit."], ["--cpu-percent=-1", "Target average CPU utilisation."]]),
  run(k) {
    if (!k.args.length && !k.list("filename").length) return (k.err(`error: ${RESOURCE_HINT}\n`), 1);
    const dry = writeMode(k);
    if (typeof dry === "number") return dry;
    try {
      for (const t of fromArgs(k, k.args)) {
        const min = k.int("min") ?? -1;
        const cpu = k.int("cpu-percent") ?? -1;
        const hpa = {
          kind: "HorizontalPodAutoscaler",
          apiVersion: "autoscaling/v2",
          metadata: { name: k.str("name") || t.obj.metadata.name, creationTimestamp: null },
          spec: {
            scaleTargetRef: { kind: t.info.kind, name: t.obj.metadata.name, apiVersion: t.info.group ? `${t.info.group}/${t.info.version}` : t.info.version },
            ...(min > 0 ? { minReplicas: min } : {}),
            maxReplicas: k.int("max"),
            ...(cpu >= 0 ? { metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpu } } }] } : {}),
          },
          status: { currentMetrics: null, desiredReplicas: 0 },
        };
        const info = { kind: "HorizontalPodAutoscaler", group: "autoscaling" };
        if (dry === "client") {
          printWritten(k, hpa, info, "autoscaled", dry);
          continue;
        }
        const { creationTimestamp: _c, ...meta } = hpa.metadata;
        void _c;
        const created = k.client().create({ ...hpa, metadata: { ...meta, namespace: t.obj.metadata.namespace } }, { dryRun: dry === "server" });
        printWritten(k, created, info, "autoscaled", dry);
        void kindRef;
      }
      return 0;
    } catch (e) {
      if (e instanceof UsageError) return k.usageError(e.message);
      return reportError(k, e);
    }
  },
};
