import { reportError, type Kubectl, type Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { cleanTemplate, revisions, rolloutTarget } from "./shared";

const FLAGS = [
  { name: "filename", short: "f", type: "array" as const },
  { name: "selector", short: "l", type: "string" as const },
  { name: "dry-run", type: "string" as const, default: "none", noOptDefault: "unchanged" },
  { name: "output", short: "o", type: "string" as const },
  { name: "field-manager", type: "string" as const, default: "kubectl-rollout" },
];

function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function pauseResume(name: "pause" | "resume"): Subcommand {
  const paused = name === "pause";
  return {
    name,
    summary: paused ? "Mark the provided resource as paused" : "Resume a paused resource",
    flags: FLAGS,
    help: helpText(paused ? "Pause a deployment: template changes no longer roll out until resumed." : "Resume a paused deployment.", `kubectl rollout ${name} RESOURCE [options]`, [`kubectl rollout ${name} deployment/web`], []),
    run(k) {
      try {
        const { info, obj, ref } = rolloutTarget(k);
        if (!!obj.spec?.paused === paused) return (k.err(`error: ${info.resource}${info.group ? `.${info.group}` : ""} "${obj.metadata.name}" is ${paused ? "already paused" : "not paused"}\n`), 1);
        k.client().patch(info.resource, obj.metadata.name!, obj.metadata.namespace, "merge", { spec: { paused: paused ? true : null } }, { fieldManager: "kubectl-rollout" });
        k.out(`${ref} ${paused ? "paused" : "resumed"}\n`);
        return 0;
      } catch (e) {
        return reportError(k, e);
      }
    },
  };
}

export const rolloutPause = pauseResume("pause");
export const rolloutResume = pauseResume("resume");

export const rolloutRestart: Subcommand = {
  name: "restart",
  summary: "Restart a resource",
  flags: FLAGS,
  help: helpText("Restart a workload's pods with a rolling update (sets the restartedAt annotation).", "kubectl rollout restart RESOURCE [options]", ["kubectl rollout restart deployment/web"], []),
  run(k) {
    try {
      const { info, obj, ref } = rolloutTarget(k);
      if (obj.spec?.paused) return (k.err(`error: ${info.resource}${info.group ? `.${info.group}` : ""} "${obj.metadata.name}" can't restart paused deployment (run rollout resume first)\n`), 1);
      const patch = { spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": rfc3339(k.now) } } } } };
      k.client().patch(info.resource, obj.metadata.name!, obj.metadata.namespace, "strategic", patch, { fieldManager: "kubectl-rollout" });
      k.out(`${ref} restarted\n`);
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};

function undo(k: Kubectl): number {
  const { info, obj, ref } = rolloutTarget(k);
  if (obj.spec?.paused) return (k.err("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n"), 1);
  const revs = revisions(k, obj);
  const to = k.int("to-revision") ?? 0;
  let target;
  if (to > 0) {
    target = revs.find((r) => r.rev === to);
    if (!target) return (k.err(`error: unable to find specified revision ${to} in history\n`), 1);
  } else {
    if (revs.length < 2) return (k.err(info.resource === "deployments" ? `error: no rollout history found for deployment "${obj.metadata.name}"\n` : "error: no last revision to roll back to\n"), 1);
    target = revs[revs.length - 2];
  }
  const wanted = cleanTemplate(target.template);
  if (JSON.stringify(wanted) === JSON.stringify(cleanTemplate(obj.spec?.template))) {
    k.err(`Warning: skipped rollback (current template already matches revision ${target.rev})\n`);
    k.out(`${ref} skipped rollback (current template already matches revision ${target.rev})\n`);
    return 0;
  }
  k.client().update({ ...obj, spec: { ...obj.spec, template: wanted } }, { fieldManager: "kubectl-rollout" });
  k.out(`${ref} rolled back\n`);
  return 0;
}

export const rolloutUndo: Subcommand = {
  name: "undo",
  summary: "Undo a previous rollout",
  flags: [...FLAGS, { name: "to-revision", type: "int", default: 0 }],
  help: helpText("Roll a deployment back to the previous (or a given) revision.", "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]", ["kubectl rollout undo deployment/web", "kubectl rollout undo deployment/web --to-revision=1"], [["--to-revision=0", "Revision to return to (0: the previous one)."]]),
  run(k) {
    try {
      return undo(k);
    } catch (e) {
      return reportError(k, e);
    }
  },
};
