import type { KubeObject } from "../../engine/api/types";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { printWritten, type DryRun } from "../write-result";
import { toJson, toYaml } from "../printers/yaml";
import { fail, writeMode } from "./create/generator";
import { helpText } from "./create/generator";
import { lookupImage } from "../../engine/kubelet/images";
import { isInteractiveShell, openSession, startShell } from "../container-session";
import { execNetTool, netTool } from "./exec-net";
import { applyOverrides } from "../overrides";

const RESTART = ["Always", "OnFailure", "Never"];

function keyValues(list: string[]): Record<string, string> {
  return Object.fromEntries(list.flatMap((s) => s.split(",")).filter(Boolean).map((kv) => [kv.split("=")[0], kv.split("=").slice(1).join("=")]));
}

/** The Pod `kubectl run` generates, fields in Go struct order (json output keeps it). */
function buildPod(k: Kubectl, name: string, port: number | undefined, restart: string): KubeObject {
  const extra = k.dashAt >= 0 ? k.args.slice(k.dashAt) : k.args.slice(1);
  const env = k.list("env").map((e) => ({ name: e.split("=")[0], value: e.split("=").slice(1).join("=") }));
  const attach = k.bool("stdin");
  const container = {
    name,
    image: k.str("image"),
    ...(extra.length ? { [k.bool("command") ? "command" : "args"]: extra } : {}),
    ...(port !== undefined ? { ports: [{ containerPort: port }] } : {}),
    ...(env.length ? { env } : {}),
    resources: {},
    ...(k.str("image-pull-policy") ? { imagePullPolicy: k.str("image-pull-policy") } : {}),
    ...(attach ? { stdin: true, stdinOnce: true } : {}),
    ...(k.bool("tty") ? { tty: true } : {}),
  };
  const labels = k.str("labels") ? keyValues([k.str("labels")!]) : { run: name };
  const annotations = keyValues(k.list("annotations"));
  return {
    kind: "Pod",
    apiVersion: "v1",
    metadata: { name, ...(k.changed.has("namespace") ? { namespace: k.str("namespace") } : {}), creationTimestamp: null, labels, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: { containers: [container], restartPolicy: restart, dnsPolicy: "ClusterFirst", ...(k.bool("privileged") ? {} : {}) },
    status: {},
  };
}

function buildService(name: string, labels: Record<string, string>, port: number): KubeObject {
  return { kind: "Service", apiVersion: "v1", metadata: { name, creationTimestamp: null }, spec: { ports: [{ protocol: "TCP", port, targetPort: port }], selector: labels }, status: { loadBalancer: {} } };
}

function print(k: Kubectl, obj: KubeObject, kind: string, dry: DryRun): void {
  printWritten(k, obj, { kind, group: "" }, "created", dry);
}

const ready = (p: KubeObject) => p.status?.phase === "Running" && (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === "Ready" && c.status === "True");
const completed = (p: KubeObject) => p.status?.phase === "Succeeded" || p.status?.phase === "Failed";

/** Go durations kubectl accepts for --pod-running-timeout (`1m0s`, `30s`, `2m`). */
function durationMs(text: string | undefined): number | undefined {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text ?? "");
  if (!m || !text) return undefined;
  return (Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 1000;
}

/**
 * `kubectl run -i/-t/--attach`: waits (on the simulated clock) for the pod to run, then attaches. A
 * shell on a terminal becomes an interactive session; other commands print their output. `--rm`
 * deletes the pod when the attachment ends.
 */
function attachAndRun(k: Kubectl, pod: KubeObject, ns: string): number {
  const name = pod.metadata.name!;
  const env = k.ctx.environment;
  const restart = pod.spec.restartPolicy as string;
  const waitExit = !k.bool("leave-stdin-open") && restart !== "Always";
  const timeout = durationMs(k.str("pod-running-timeout")) ?? 60_000;
  const main = pod.spec.containers[0];
  const mainArgv: string[] = [...(main.command ?? []), ...(main.args ?? [])];
  const reattach = () => restart === "Always" && k.bool("stdin") && k.bool("tty") && !k.bool("quiet") && k.out(`Session ended, resume using 'kubectl attach ${name} -c ${main.name} -i -t' command when the pod is running\n`);
  let p = k.client().get("pods", name, ns);
  const remove = (): number => {
    if (!k.bool("rm")) return 0;
    k.client().delete("pods", name, ns);
    if (!k.bool("quiet")) k.out(`pod "${name}" deleted\n`);
    if (k.bool("expose")) {
      k.client().delete("services", name, ns);
      if (!k.bool("quiet")) k.out(`service "${name}" deleted\n`);
    }
    return 0;
  };
  // A network tool as the pod's process (`-- wget -qO- web`): its output, seen from the pod's IP.
  if (mainArgv.length && netTool(p, main.name, mainArgv)) {
    for (let waited = 0; !p.status?.podIP && waited < timeout; waited += 1000) {
      env.advance(1000);
      p = k.client().get("pods", name, ns);
    }
    if (k.bool("tty") && !k.bool("quiet")) k.err("If you don't see a command prompt, try pressing enter.\n");
    const code = execNetTool(k, p, main.name, mainArgv, { started: true });
    if (code !== undefined) {
      reattach();
      remove();
      if (waitExit && code !== 0) return (k.err(`pod ${ns}/${name} terminated (Error)\n`), code);
      return 0;
    }
  }
  for (let waited = 0; !ready(p) && !completed(p) && waited < timeout; waited += 1000) {
    env.advance(1000);
    p = k.client().get("pods", name, ns);
  }
  if (!ready(p) && !completed(p)) {
    remove();
    return (k.err("error: timed out waiting for the condition\n"), 1);
  }
  const c = p.spec.containers[0];
  const argv: string[] = [...(c.command ?? []), ...(c.args ?? [])];
  const shell = argv.length ? argv : lookupImage(c.image)?.mode === "run-command" ? ["sh"] : [];
  if (!completed(p) && k.bool("tty") && k.bool("stdin") && isInteractiveShell(shell) && k.ctx.shell.pushSession) {
    if (!k.bool("quiet")) k.err("If you don't see a command prompt, try pressing enter.\n");
    const message = restart === "Always" && !k.bool("quiet") ? `Session ended, resume using 'kubectl attach ${name} -c ${c.name} -i -t' command when the pod is running` : undefined;
    const end = { kind: "attach" as const, message, deletePod: k.bool("rm"), deleteService: k.bool("rm") && k.bool("expose"), waitExit: waitExit && (restart === "OnFailure" ? ("succeeded" as const) : true), timeoutMs: timeout, quiet: k.bool("quiet") };
    const started = startShell(k, openSession(k, p, c.name, shell[0], end));
    if ("sh" in started) {
      k.ctx.shell.pushSession("kubectl", started);
      return 0;
    }
  }
  if (!completed(p)) {
    if (k.bool("tty") && !k.bool("quiet")) k.err("If you don't see a command prompt, try pressing enter.\n");
    if (argv.length) {
      const net = execNetTool(k, p, c.name, argv);
      if (net === undefined) {
        const r = k.client().exec(name, ns, c.name, argv, k.ctx.stdin);
        k.out(r.stdout);
        k.err(r.stderr);
      }
    }
  } else k.out(k.client().logs(name, ns, { container: c.name }));
  remove();
  if (waitExit && p.status?.phase === "Failed") {
    const term = p.status?.containerStatuses?.[0]?.state?.terminated;
    if (!term?.exitCode) return (k.err(`error: pod ${ns}/${name} failed with unknown exit code\n`), 1);
    return (k.err(`pod ${ns}/${name} terminated (${term.reason ?? "Error"})\n${term.message ?? ""}`), term.exitCode);
  }
  return 0;
}

export const run: Subcommand = {
  name: "run",
  summary: "Run a particular image on the cluster",
  flags: [
    { name: "image", type: "string", required: true },
    { name: "labels", short: "l", type: "string" },
    { name: "port", type: "string" },
    { name: "env", type: "array" },
    { name: "command", type: "bool" },
    { name: "restart", type: "string", default: "Always" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "image-pull-policy", type: "string" },
    { name: "rm", type: "bool" },
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "attach", type: "bool" },
    { name: "leave-stdin-open", type: "bool" },
    { name: "quiet", short: "q", type: "bool" },
    { name: "expose", type: "bool" },
    { name: "annotations", type: "array" },
    { name: "overrides", type: "string" },
    { name: "override-type", type: "string", default: "merge" },
    { name: "privileged", type: "bool" },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
    { name: "save-config", type: "bool" },
    { name: "field-manager", type: "string", default: "kubectl-run" },
    { name: "cascade", type: "string", default: "background", noOptDefault: "background" },
    { name: "filename", short: "f", type: "array" },
    { name: "force", type: "bool" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "timeout", type: "string", default: "0s" },
    { name: "wait", type: "bool" },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  help: helpText(
    "Create a pod running one image. Arguments after -- become the container's args (or its command with --command).",
    "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
    ["kubectl run web --image=nginx --port=80 --labels=app=web,tier=fe", "kubectl run tmp --image=busybox --restart=Never --rm -it -- wget -qO- web", "kubectl run web --image=nginx --dry-run=client -o yaml > pod.yaml"],
    [["--image=''", "Container image (required)."], ["-l, --labels=''", "Labels k=v,k2=v2 (default run=NAME)."], ["--port=''", "Container port."], ["--env=[]", "NAME=value environment variables."], ["--command=false", "Use the args after -- as the command."], ["--restart='Always'", "Always, OnFailure or Never."], ["--expose=false", "Also create a ClusterIP service (needs --port)."], ["--rm=false", "Delete the pod after an attached run."], ["-i, --stdin=false / -t, --tty=false", "Attach to the container."]],
  ),
  run(k) {
    const name = k.dashAt === 0 ? undefined : k.args[0];
    if (!name) return k.usageError("NAME is required for run");
    const dry = writeMode(k);
    if (typeof dry === "number") return dry;
    const attach = k.bool("stdin") || k.bool("attach");
    if (k.bool("tty") && !k.bool("stdin")) return k.usageError("-i/--stdin is required for containers with -t/--tty=true");
    if (k.bool("rm") && !attach) return k.usageError("--rm should only be used for attached containers");
    const restart = k.str("restart") ?? "Always";
    if (!RESTART.includes(restart)) return k.usageError(`invalid restart policy: ${restart}`);
    if (attach && dry !== "none") return k.usageError("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
    if (k.bool("expose") && !k.str("port")) return k.usageError("--port must be set when exposing a service");
    const portText = k.str("port");
    if (portText !== undefined && portText !== "" && !/^[+-]?\d+$/.test(portText)) return fail(k, `strconv.Atoi: parsing "${portText}": invalid syntax`);
    const port = portText ? Number(portText) : undefined;
    const generated = buildPod(k, name, port, restart);
    k.discoveryRetries = 1;
    try {
      k.client();
      const pod = k.str("overrides") ? applyOverrides(generated, k.str("overrides")!, k.str("override-type") ?? "merge") : generated;
      if ("error" in pod) return (k.err(`error: ${pod.error}\n`), 1);
      const ns = k.namespace;
      let svc: KubeObject | undefined;
      if (k.bool("expose")) svc = buildService(name, pod.metadata.labels!, port!);
      if (dry === "client") {
        const o = k.str("output");
        if (svc && (o === "yaml" || o === "json")) k.out(o === "yaml" ? `${toYaml(svc)}---\n---\n` : toJson(svc));
        else if (svc) print(k, svc, "Service", dry);
        print(k, pod, "Pod", dry);
        return 0;
      }
      // The pod first, then its Service; printed at the end, and not at all when kubectl attaches.
      const created = k.client().create({ ...pod, metadata: { ...pod.metadata, namespace: ns, creationTimestamp: undefined } }, { dryRun: dry === "server", fieldManager: k.str("field-manager") });
      const service = svc && k.client().create({ ...svc, metadata: { name, namespace: ns } }, { dryRun: dry === "server", fieldManager: "kubectl-run" });
      if (attach && dry === "none") return attachAndRun(k, created, ns);
      print(k, created, "Pod", dry);
      if (service) print(k, service, "Service", dry);
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
