import type { KubeObject } from "../../engine/api/types";
import { reportError, type Subcommand } from "../context";
import { checkWriteOutput, dryRunMode, printWritten } from "../write-result";

function parseLabels(text: string): Record<string, string> {
  return Object.fromEntries(text.split(",").filter(Boolean).map((kv) => kv.split("=") as [string, string]));
}

export const run: Subcommand = {
  name: "run",
  summary: "Run a particular image on the cluster",
  flags: [
    { name: "image", type: "string" },
    { name: "labels", short: "l", type: "string" },
    { name: "port", type: "string" },
    { name: "env", type: "array" },
    { name: "command", type: "bool" },
    { name: "restart", type: "string", default: "Always" },
    { name: "dry-run", type: "string" },
    { name: "output", short: "o", type: "string" },
    { name: "image-pull-policy", type: "string" },
    { name: "rm", type: "bool" },
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "expose", type: "bool" },
    { name: "annotations", type: "array" },
    { name: "serviceaccount", type: "string" },
  ],
  help: `Create and start a pod running one image.

Examples:
  kubectl run web --image=nginx --port=80 --labels=app=web,tier=fe
  kubectl run tmp --image=busybox --restart=Never --rm -it -- wget -qO- web
  kubectl run web --image=nginx --dry-run=client -o yaml > pod.yaml

Options:
  --image='': The container image (required).
  -l, --labels='': Labels as k=v,k2=v2 (default run=NAME).
  --port='': Container port to expose.
  --env=[]: Environment variables NAME=value.
  --command=false: Treat the args after -- as the command instead of its arguments.
  --restart='Always': Always, OnFailure or Never.
  --dry-run='none': client or server: print or validate without creating.
  -o, --output='': yaml, json, name, jsonpath=...

Usage:
  kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]
`,
  run(k) {
    const name = k.dashAt === 0 ? undefined : k.args[0];
    if (!name) return k.usageError("NAME is required for run");
    const image = k.str("image");
    if (!image) {
      k.err(`error: required flag(s) "image" not set\n`);
      return 1;
    }
    const dry = dryRunMode(k);
    if (!["none", "client", "server"].includes(dry)) return (k.err(`error: ${dry}\n`), 1);
    const outErr = checkWriteOutput(k);
    if (outErr) return (k.err(`error: ${outErr}\n`), 1);
    const restart = k.str("restart") ?? "Always";
    if (!["Always", "OnFailure", "Never"].includes(restart)) return (k.err(`error: invalid restart policy: ${restart}\n`), 1);
    const extra = k.dashAt >= 0 ? k.args.slice(k.dashAt) : k.args.slice(1);
    const container: Record<string, unknown> = {};
    if (extra.length) container[k.bool("command") ? "command" : "args"] = extra;
    const env = (k.flags.env as string[] | undefined)?.map((e) => ({ name: e.split("=")[0], value: e.split("=").slice(1).join("=") }));
    if (env?.length) container.env = env;
    container.image = image;
    if (k.str("image-pull-policy")) container.imagePullPolicy = k.str("image-pull-policy");
    container.name = name;
    if (k.str("port")) container.ports = [{ containerPort: Number(k.str("port")) }];
    container.resources = {};
    if (k.bool("stdin")) container.stdin = true;
    if (k.bool("stdin") && k.bool("tty")) container.stdinOnce = true;
    if (k.bool("tty")) container.tty = true;
    const pod: KubeObject = {
      kind: "Pod",
      apiVersion: "v1",
      metadata: { name, creationTimestamp: null, labels: k.str("labels") ? parseLabels(k.str("labels")!) : { run: name } },
      spec: { containers: [container], dnsPolicy: "ClusterFirst", restartPolicy: restart, ...(k.str("serviceaccount") ? { serviceAccountName: k.str("serviceaccount") } : {}) },
      status: {},
    };
    try {
      if (dry === "client") {
        printWritten(k, pod, { kind: "Pod", group: "" }, "created", "client");
        return 0;
      }
      const ns = k.namespace;
      const created = k.client().create({ ...pod, metadata: { ...pod.metadata, namespace: ns, creationTimestamp: undefined } }, { dryRun: dry === "server" });
      printWritten(k, created, { kind: "Pod", group: "" }, "created", dry as "none" | "server");
      if (k.bool("rm") && k.bool("stdin")) {
        k.ctx.environment.advance(3000);
        k.client().delete("pods", name, ns);
        k.out(`pod "${name}" deleted from ${ns} namespace\n`);
      }
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
