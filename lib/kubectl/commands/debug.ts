import type { KubeObject } from "../../engine/api/types";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { helpText } from "./create/generator";
import { attachToContainer } from "../container-session";

const PROFILES = ["legacy", "general", "baseline", "netadmin", "restricted", "sysadmin"];
const PULL_POLICIES = ["Always", "IfNotPresent", "Never", ""];
/** docker/distribution's reference grammar, as kubectl checks --image. */
const IMAGE_REF = /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

type Container = Record<string, unknown> & { name: string };

interface Options {
  image?: string;
  container?: string;
  args: string[];
  env: { name: string; value: string }[];
  pullPolicy?: string;
  stdin: boolean;
  tty: boolean;
  profile: string;
  /** --arguments-only: the words after -- are the container's args, not its command. */
  argsOnly: boolean;
}

/** `a=1,b=2` (pflag StringToString) → pairs. */
function pairs(k: Kubectl, flag: string): [string, string][] {
  return k.list(flag).flatMap((s) => s.split(",")).filter(Boolean).map((kv) => [kv.split("=")[0], kv.split("=").slice(1).join("=")]);
}

/** The checks kubectl debug makes before it talks to the server; a message means stop with `error: …`. */
function validate(k: Kubectl, o: Options, targets: string[], attach: boolean): string | undefined {
  const copyTo = k.str("copy-to");
  if (attach && k.changed.has("attach") && !o.image && !o.container) return "you must specify --container or create a new container using --image in order to attach.";
  if (copyTo) {
    if (!o.image && !k.list("set-image").length && !o.args.length) return "you must specify --image, --set-image or command arguments.";
    if (o.args.length && !o.container && !o.image) return "you must specify an existing container or a new image when specifying args.";
  } else if (k.bool("replace")) return "--replace may only be used with --copy-to.";
  else if (k.bool("same-node")) return "--same-node may only be used with --copy-to.";
  else if (k.list("set-image").length) return "--set-image may only be used with --copy-to.";
  else if (!o.image) return "you must specify --image when not using --copy-to.";
  if (o.image && !IMAGE_REF.test(o.image)) return `invalid image name "${o.image}": invalid reference format`;
  if (!targets.length && !k.list("filename").length) return "NAME or filename is required for debug";
  if (!PULL_POLICIES.includes(o.pullPolicy ?? "")) return `invalid image pull policy: ${o.pullPolicy}`;
  for (const [name, image] of pairs(k, "set-image")) if (!IMAGE_REF.test(image)) return `invalid image name "${image}" for container "${name}": invalid reference format`;
  if (k.str("target")) {
    if (copyTo) return "--target is incompatible with --copy-to. Use --share-processes instead.";
    if (!k.bool("quiet")) k.out(`Targeting container "${k.str("target")}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n`);
  }
  if (o.tty && !o.stdin) return "-i/--stdin is required for containers with -t/--tty=true";
  if (o.profile === "legacy") k.err(`--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n`);
  return undefined;
}

/** The debugging container as kubectl generates it (fields in Go struct order). */
function debugContainer(o: Options, name: string): Container {
  return {
    name,
    image: o.image,
    ...(o.args.length ? { [o.argsOnly ? "args" : "command"]: o.args } : {}),
    ...(o.env.length ? { env: o.env } : {}),
    ...(o.pullPolicy ? { imagePullPolicy: o.pullPolicy } : {}),
    ...(o.stdin ? { stdin: true } : {}),
    terminationMessagePolicy: "File",
    ...(o.tty ? { tty: true } : {}),
  };
}

/** The debugging container's securityContext under each profile (pod targets: ephemeral container or copy). */
const PROFILE_SECURITY: Record<string, Record<string, unknown> | undefined> = {
  general: { capabilities: { add: ["SYS_PTRACE"] } },
  baseline: { capabilities: { add: ["SYS_PTRACE"] } },
  restricted: { capabilities: { drop: ["ALL"] }, runAsNonRoot: true },
  netadmin: { capabilities: { add: ["NET_ADMIN", "NET_RAW"] } },
  sysadmin: { privileged: true },
};

/** What each profile does to a node debugging pod: host namespaces, the host's root at /host, privileges. */
function applyNodeProfile(pod: KubeObject, c: Container, profile: string): void {
  const hostRoot = () => {
    pod.spec.volumes = [{ name: "host-root", hostPath: { path: "/" } }];
    c.volumeMounts = [{ mountPath: "/host", name: "host-root" }];
  };
  const hostNamespaces = (on: boolean) => Object.assign(pod.spec, on ? { hostIPC: true, hostNetwork: true, hostPID: true } : {});
  if (profile === "legacy" || profile === "general") (hostRoot(), hostNamespaces(true));
  else if (profile === "sysadmin") (hostRoot(), hostNamespaces(true), (c.securityContext = { privileged: true }));
  else if (profile === "netadmin") (hostNamespaces(true), (c.securityContext = { capabilities: { add: ["NET_ADMIN", "NET_RAW"] } }));
  else if (profile === "restricted") c.securityContext = PROFILE_SECURITY.restricted;
}

function debugNode(k: Kubectl, o: Options, node: KubeObject, attach: boolean): number {
  const nodeName = node.metadata.name!;
  const cn = o.container ?? "debugger";
  const pn = `node-debugger-${nodeName}-${k.ctx.environment.rand.suffix()}`;
  if (!k.bool("quiet")) k.out(`Creating debugging pod ${pn} with container ${cn} on node ${nodeName}.\n`);
  const c = debugContainer(o, cn);
  const pod: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: pn, namespace: k.namespace, labels: { "app.kubernetes.io/managed-by": "kubectl-debug" } },
    spec: { containers: [c], nodeName, restartPolicy: "Never", tolerations: [{ operator: "Exists" }] },
  };
  applyNodeProfile(pod, c, o.profile);
  const created = k.client().create(pod);
  return attach ? attachToContainer(k, created, cn) : 0;
}

/** `--copy-to`: a copy of the pod (new name, not pinned to the node) with a debugging container added or changed. */
function debugByCopy(k: Kubectl, o: Options, pod: KubeObject, attach: boolean): number {
  const spec = structuredClone(pod.spec);
  delete spec.ephemeralContainers;
  if (!k.bool("same-node")) delete spec.nodeName;
  if (k.changed.has("share-processes")) spec.shareProcessNamespace = k.bool("share-processes");
  const images = new Map(pairs(k, "set-image"));
  const containers = spec.containers as Container[];
  for (const c of containers) {
    const image = images.get(c.name) ?? images.get("*");
    if (image) c.image = image;
  }
  if (!k.bool("keep-liveness")) for (const c of containers) delete c.livenessProbe;
  if (!k.bool("keep-readiness")) for (const c of containers) delete c.readinessProbe;
  if (!k.bool("keep-startup")) for (const c of containers) delete c.startupProbe;
  if (k.flags["keep-init-containers"] === false) delete spec.initContainers;
  let name = o.container;
  let c = containers.find((x) => x.name === name);
  if (!c) {
    if (!o.image) {
      if (k.list("set-image").length) return create(k, pod, spec, "", attach);
      return (k.err("error: you must specify image when creating new container\n"), 1);
    }
    name ??= containerName(k, spec);
    c = { name, terminationMessagePolicy: "File" };
    containers.push(c);
  }
  if (o.args.length) {
    if (o.argsOnly) c.args = o.args;
    else (c.command = o.args), delete c.args;
  }
  if (o.env.length) c.env = o.env;
  if (o.image) c.image = o.image;
  if (o.pullPolicy) c.imagePullPolicy = o.pullPolicy;
  if (o.stdin) c.stdin = true;
  else delete c.stdin;
  if (o.tty) c.tty = true;
  else delete c.tty;
  if (o.profile !== "legacy") spec.shareProcessNamespace = o.profile === "sysadmin" || o.profile === "netadmin" ? spec.shareProcessNamespace : true;
  const sc = PROFILE_SECURITY[o.profile];
  if (sc) c.securityContext = sc;
  return create(k, pod, spec, name!, attach);
}

function create(k: Kubectl, pod: KubeObject, spec: KubeObject["spec"], container: string, attach: boolean): number {
  const meta = pod.metadata;
  const copy: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: k.str("copy-to"), namespace: meta.namespace, ...(k.bool("keep-labels") && meta.labels ? { labels: meta.labels } : {}), ...(k.bool("keep-annotations") && meta.annotations ? { annotations: meta.annotations } : {}) },
    spec,
  };
  const created = k.client().create(copy);
  if (k.bool("replace")) k.client().delete("pods", meta.name!, meta.namespace, { gracePeriodSeconds: 0 });
  return attach && container ? attachToContainer(k, created, container) : 0;
}

/** `debugger-xxxxx`, unused in the pod; announced unless --quiet. */
function containerName(k: Kubectl, spec: KubeObject["spec"]): string {
  const used = new Set(["containers", "initContainers", "ephemeralContainers"].flatMap((f) => ((spec[f] ?? []) as Container[]).map((c) => c.name)));
  let name = "";
  while (!name || used.has(name)) name = `debugger-${k.ctx.environment.rand.suffix()}`;
  if (!k.bool("quiet")) k.out(`Defaulting debug container name to ${name}.\n`);
  return name;
}

/** The pods/ephemeralcontainers subresource: adds a debugging container to a running pod. */
function debugByEphemeralContainer(k: Kubectl, o: Options, pod: KubeObject, attach: boolean): number {
  const name = o.container ?? containerName(k, pod.spec);
  const ec: Container = { ...debugContainer(o, name), ...(k.str("target") ? { targetContainerName: k.str("target") } : {}) };
  // baseline leaves an ephemeral container's securityContext empty.
  const sc = o.profile === "baseline" ? undefined : PROFILE_SECURITY[o.profile];
  if (sc) ec.securityContext = sc;
  const updated = k.client().updateEphemeralContainers({ ...pod, spec: { ...pod.spec, ephemeralContainers: [...(pod.spec.ephemeralContainers ?? []), ec] } });
  return attach ? attachToContainer(k, updated, name) : 0;
}

export const debug: Subcommand = {
  name: "debug",
  summary: "Create debugging sessions for troubleshooting workloads and nodes",
  flags: [
    { name: "arguments-only", type: "bool" },
    { name: "attach", type: "bool" },
    { name: "container", short: "c", type: "string" },
    { name: "copy-to", type: "string" },
    { name: "custom", type: "string" },
    { name: "env", type: "slice" },
    { name: "filename", short: "f", type: "array" },
    { name: "image", type: "string" },
    { name: "image-pull-policy", type: "string" },
    { name: "keep-annotations", type: "bool" },
    { name: "keep-init-containers", type: "bool", default: true },
    { name: "keep-labels", type: "bool" },
    { name: "keep-liveness", type: "bool" },
    { name: "keep-readiness", type: "bool" },
    { name: "keep-startup", type: "bool" },
    { name: "profile", type: "string", default: "legacy" },
    { name: "quiet", short: "q", type: "bool" },
    { name: "replace", type: "bool" },
    { name: "same-node", type: "bool" },
    { name: "set-image", type: "slice" },
    { name: "share-processes", type: "bool", default: true },
    { name: "stdin", short: "i", type: "bool" },
    { name: "target", type: "string" },
    { name: "tty", short: "t", type: "bool" },
  ],
  help: helpText(
    "Debug a pod or a node: add an ephemeral debugging container to a pod, run a copy of a pod with a debugging container, or run a pod in a node's namespaces with its root filesystem at /host.",
    "kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]",
    ["kubectl debug web -it --image=busybox --target=web", "kubectl debug web -it --image=busybox --copy-to=web-debug", "kubectl debug node/node01 -it --image=busybox"],
    [
      ["--image=''", "Image of the debugging container."],
      ["-c, --container=''", "Name of the debugging container."],
      ["--copy-to=''", "Debug a copy of the pod with this name."],
      ["--target=''", "Share the process namespace of this container (ephemeral containers)."],
      ["--profile='legacy'", "legacy, general, baseline, netadmin, restricted or sysadmin."],
      ["-i, --stdin=false", "Keep stdin open and attach."],
      ["-t, --tty=false", "Allocate a TTY."],
    ],
  ),
  run(k) {
    const targets = k.dashAt >= 0 ? k.args.slice(0, k.dashAt) : k.args;
    const o: Options = {
      image: k.str("image") || undefined,
      container: k.str("container") || undefined,
      args: k.dashAt >= 0 ? k.args.slice(k.dashAt) : [],
      env: pairs(k, "env").map(([name, value]) => ({ name, value })),
      pullPolicy: k.str("image-pull-policy") || undefined,
      stdin: k.bool("stdin"),
      tty: k.bool("tty"),
      profile: k.str("profile") ?? "legacy",
      argsOnly: k.bool("arguments-only"),
    };
    if (!PROFILES.includes(o.profile)) return (k.err(`error: unknown profile: ${o.profile}\n`), 1);
    const attach = k.changed.has("attach") ? k.bool("attach") : o.stdin;
    const invalid = validate(k, o, targets, attach);
    if (invalid) return (k.err(`error: ${invalid}\n`), 1);
    try {
      let code = 0;
      for (const target of targets) {
        const [type, name] = target.includes("/") ? target.split("/") : ["pods", target];
        const info = k.client().resolve(type);
        if (!info) return (k.err(`error: the server doesn't have a resource type "${type}"\n`), 1);
        if (info.resource === "nodes") code = debugNode(k, o, k.client().get("nodes", name), attach);
        else if (info.resource === "pods") {
          const pod = k.client().get("pods", name, k.namespace);
          code = k.str("copy-to") ? debugByCopy(k, o, pod, attach) : debugByEphemeralContainer(k, o, pod, attach);
        } else return (k.err(`error: "${info.group}/${info.version}, Kind=${info.kind}" not supported by debug\n`), 1);
      }
      return code;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
