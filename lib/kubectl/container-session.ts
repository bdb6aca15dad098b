import type { KubeObject } from "../engine/api/types";
import type { ExecSession } from "../engine/client";
import { lookupImage } from "../engine/kubelet/images";
import type { CommandContext, CommandResult, SessionHandler } from "../shell/types";
import { isStatusError } from "../engine/api/errors";
import { Kubectl, reportError } from "./context";
import { execNetTool, netTool } from "./commands/exec-net";
import { hostMounts, hostView, writeBack } from "./host-mounts";

/**
 * An interactive shell inside a container (`kubectl exec -it POD -- sh`, `kubectl run -it`,
 * `kubectl debug -it`): the shell prints its prompt, each typed line runs in the container through
 * the kubelet's exec path, and `exit` (or the container dying) gives the terminal back to the node.
 */
export interface ContainerSessionState {
  /** kubectl's connection flags when the session started (--context, --kubeconfig, --as…). */
  flags: Record<string, string | string[]>;
  namespace: string;
  pod: string;
  uid: string;
  container: string;
  /** The shell as typed (`sh`, `/bin/bash`), and the image's userland (it decides the prompt). */
  shell: string;
  flavour: "busybox" | "gnu";
  /** The shell's directory, variables and files between lines. */
  sh: ExecSession;
  /** `$?` of the last line, for a bare `exit`. */
  status: number;
  /** What kubectl prints and does when the shell ends. */
  end: SessionEnd;
}

export interface SessionEnd {
  /** `exec`: a non-zero exit is `command terminated with exit code N`; `attach`: kubectl attach/run/debug rules. */
  kind: "exec" | "attach";
  /** Printed on stdout after the shell exits (attach's reattach hint). */
  message?: string;
  /** `kubectl run --rm`: delete the pod afterwards (and with --expose its Service). */
  deletePod?: boolean;
  deleteService?: boolean;
  /** `kubectl run --restart=Never` (true) or `OnFailure` ("succeeded"): wait for the pod to end and report a failed exit. */
  waitExit?: boolean | "succeeded";
  /** --pod-running-timeout: how long that wait lasts. */
  timeoutMs?: number;
  /** -q: no `pod "x" deleted`. */
  quiet?: boolean;
}

/** Connection flags a later line needs to reach the same cluster as the command that opened the session. */
const CONNECTION_FLAGS = ["kubeconfig", "context", "cluster", "user", "server", "token", "as", "as-group", "certificate-authority", "client-certificate", "client-key", "insecure-skip-tls-verify"];

export function connectionFlags(k: Kubectl): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const f of CONNECTION_FLAGS) {
    const v = k.flags[f];
    if (typeof v === "string" || (Array.isArray(v) && v.length)) out[f] = v as string | string[];
  }
  return out;
}

const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|ash|bash|dash)$/;

/** Whether argv starts an interactive shell (`sh`, `/bin/bash -l`), not a `sh -c '…'` command line. */
export function isInteractiveShell(argv: string[]): boolean {
  return SHELLS.test(argv[0] ?? "") && !argv.slice(1).some((a) => a === "-c" || !a.startsWith("-"));
}

function userland(pod: KubeObject, container: string): "busybox" | "gnu" {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as { name: string; image: string }[];
  const image = all.find((c) => c.name === container)?.image;
  return (image && lookupImage(image)?.userland) || "busybox";
}

/** What the image's shell prints as its prompt: busybox ash `/ # `, dash `# `, bash `root@web:/# `. */
function prompt(s: ContainerSessionState): string {
  const home = s.sh.vars.HOME ?? "/root";
  const cwd = s.sh.cwd === home ? "~" : s.sh.cwd.startsWith(`${home}/`) ? `~${s.sh.cwd.slice(home.length)}` : s.sh.cwd;
  const name = s.shell.slice(s.shell.lastIndexOf("/") + 1);
  if (s.flavour === "busybox") return `${cwd} # `;
  if (name === "bash") return `root@${s.sh.vars.HOSTNAME ?? s.pod}:${cwd}# `;
  return "# ";
}

/** Opens the session: the shell's first state; the caller pushes it with ctx.shell.pushSession. */
export function openSession(k: Kubectl, pod: KubeObject, container: string, shell: string, end: SessionEnd): ContainerSessionState {
  return {
    flags: connectionFlags(k),
    namespace: pod.metadata.namespace!,
    pod: pod.metadata.name!,
    uid: pod.metadata.uid ?? "",
    container,
    shell,
    flavour: userland(pod, container),
    sh: { cwd: "/", vars: {}, files: {} },
    status: 0,
    end,
  };
}

/** The state of the session's container: running, or why the shell is gone. */
function containerState(pod: KubeObject | undefined, s: ContainerSessionState): "running" | "gone" {
  if (!pod || pod.metadata.uid !== s.uid || pod.metadata.deletionTimestamp || pod.status?.phase !== "Running") return "gone";
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])] as { name: string; state?: { running?: unknown } }[];
  const st = statuses.find((c) => c.name === s.container);
  return !st || st.state?.running ? "running" : "gone";
}

/**
 * What kubectl prints once the shell in the container has ended with `code`. For an attached shell
 * (the container's main process) the end reaches the kubelet first (`signal`), unless the container
 * was already gone.
 */
function finish(k: Kubectl, s: ContainerSessionState, code: number, signal = true): number {
  if (s.end.kind === "exec") {
    if (code !== 0) k.err(`command terminated with exit code ${code}\n`);
    return code;
  }
  if (signal) {
    try {
      k.client().endAttach(s.pod, s.namespace, s.container, code);
    } catch {
      // the pod or the connection is gone: nothing is left to tell
    }
  }
  if (s.end.message) k.out(`${s.end.message}\n`);
  const result = s.end.waitExit ? waitForExit(k, s) : { exit: 0 };
  // kubectl run deletes what it created on its way out (a deferred call), before its error is printed.
  if (s.end.deletePod) {
    try {
      for (const resource of s.end.deleteService ? ["pods", "services"] : ["pods"]) {
        try {
          k.client().delete(resource, s.pod, s.namespace);
        } catch (e) {
          if (isStatusError(e) && e.status.code === 404) continue;
          throw e;
        }
        if (!s.end.quiet) k.out(`${resource === "pods" ? "pod" : "service"} "${s.pod}" deleted\n`);
      }
    } catch (e) {
      return reportError(k, e);
    }
  }
  if (result.error) k.err(result.error);
  return result.exit;
}

/**
 * kubectl run's wait for the exit code (--restart=Never: the pod completes; OnFailure: it succeeds),
 * on the simulated clock up to --pod-running-timeout; the error kubectl returns for a failed pod.
 */
function waitForExit(k: Kubectl, s: ContainerSessionState): { exit: number; error?: string } {
  const done = (p: KubeObject) => p.status?.phase === "Succeeded" || (s.end.waitExit === true && p.status?.phase === "Failed");
  const timeout = s.end.timeoutMs ?? 60_000;
  let pod: KubeObject;
  try {
    pod = k.client().get("pods", s.pod, s.namespace);
    for (let waited = 0; !done(pod) && waited < timeout; waited += 1000) {
      k.ctx.environment.advance(1000);
      pod = k.client().get("pods", s.pod, s.namespace);
    }
  } catch (e) {
    if (isStatusError(e) && e.status.code === 404) return { exit: 1, error: `Error from server (NotFound): pods "" not found\n` };
    throw e;
  }
  if (!done(pod)) return { exit: 1, error: "error: timed out waiting for the condition\n" };
  if (pod.status?.phase === "Succeeded") return { exit: 0 };
  const term = pod.status?.containerStatuses?.[0]?.state?.terminated;
  if (!term?.exitCode) return { exit: 1, error: `error: pod ${s.namespace}/${s.pod} failed with unknown exit code\n` };
  const error = `pod ${s.namespace}/${s.pod} terminated (${term.reason ?? ""})\n${term.message ?? ""}`;
  return { exit: term.exitCode, error: error.endsWith("\n") ? error : `${error}\n` };
}

function runLine(line: string, s: ContainerSessionState, ctx: CommandContext): CommandResult & { state?: unknown; end?: boolean } {
  const none = { stdout: "", stderr: "", exitCode: s.status };
  const k = new Kubectl(ctx, "exec", { ...s.flags }, [], -1);
  const exit = /^\s*(exit|logout)(?:\s+(-?\d+))?\s*;?\s*$/.exec(line);
  if (exit) {
    const code = exit[2] !== undefined ? Number(exit[2]) & 255 : s.status;
    if (s.end.kind === "attach") showOnTerminal(k, s, `${prompt(s)}${line}\n`);
    return { ...none, exitCode: finish(k, s, code), end: true };
  }
  try {
    const client = k.client();
    let pod: KubeObject | undefined;
    try {
      pod = client.get("pods", s.pod, s.namespace);
    } catch {
      pod = undefined;
    }
    if (containerState(pod, s) === "gone") return { ...none, exitCode: finish(k, s, 137, false), end: true };
    if (!line.trim()) return none;
    let argv = [s.shell, "-c", line];
    // On a terminal the container's stderr and stdout are one stream.
    const tty = new Kubectl({ ...ctx, err: (t: string) => ctx.out(t) }, "exec", { ...s.flags }, [], -1);
    const net = execNetTool(tty, pod!, s.container, argv);
    if (net !== undefined) return { ...none, exitCode: net, state: { ...s, status: net } };
    const piped = splitPipe(line);
    if (piped && netTool(pod!, s.container, [s.shell, "-c", piped[0]])) {
      // `wget -qO- web | grep x`: the tool reaches the network from the pod, the rest of the pipeline reads its output.
      let fetched = "";
      const capture = new Kubectl({ ...ctx, out: (t: string) => (fetched += t), err: (t: string) => ctx.out(t) }, "exec", { ...s.flags }, [], -1);
      if (execNetTool(capture, pod!, s.container, [s.shell, "-c", piped[0]]) !== undefined) argv = [s.shell, "-c", `printf '%s' '${fetched.replace(/'/g, "'\\''")}' |${piped[1]}`];
    }
    const mounts = hostMounts(pod!, s.container);
    const node = mounts.length ? ctx.environment.host(pod!.spec?.nodeName ?? "") : undefined;
    const chroot = /^\s*chroot\s+(\S+)\s*(.*)$/.exec(line);
    const root = chroot && node && mounts.find((m) => m.hostPath === "/" && m.mountPath === chroot[1].replace(/\/+$/, ""));
    if (chroot && node && root) return enterNode(chroot[2], node.name, ctx, s);
    if (!node) {
      const r = client.exec(s.pod, s.namespace, s.container, argv, undefined, { ...s.sh, status: s.status });
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, state: { ...s, sh: r.session ?? s.sh, status: r.exitCode } };
    }
    // hostPath mounts show the node's files, and what the line writes there lands on the node.
    const view = hostView(node.fs, mounts);
    const r = client.exec(s.pod, s.namespace, s.container, argv, undefined, { ...s.sh, files: { ...view.files, ...s.sh.files }, dirs: [...(s.sh.dirs ?? []), ...view.dirs], status: s.status });
    const after = r.session ?? s.sh;
    const hostDirs = new Set(view.dirs);
    const sh = { ...after, files: writeBack(node.fs, mounts, view.files, after.files), dirs: (after.dirs ?? []).filter((d) => !hostDirs.has(d)) };
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, state: { ...s, sh, status: r.exitCode } };
  } catch (e) {
    // The connection broke (API server gone, credentials revoked): kubectl exits with its error.
    return { ...none, exitCode: reportError(k, e), end: true };
  }
}

/**
 * `chroot /host` in a node debugging container: the node's own shell as root (`# `), until `exit`
 * returns to the container. With a command, runs just that on the node.
 */
function enterNode(command: string, node: string, ctx: CommandContext, s: ContainerSessionState): CommandResult & { state?: unknown } {
  if (command.trim()) {
    const r = ctx.run(command, { host: node, user: "root" });
    return { ...r, state: { ...s, status: r.exitCode } };
  }
  ctx.shell.pushLogin(node, "root", { cwd: "/", prompt: "# ", farewell: "" });
  return { stdout: "", stderr: "", exitCode: 0, state: { ...s, status: 0 } };
}

/** `head | tail` at the first unquoted pipe of a line without `;`/`&` lists, else undefined. */
function splitPipe(line: string): [string, string] | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === "\\" && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === ";" || c === "&" || (c === "|" && line[i + 1] === "|")) return undefined;
    else if (c === "|") return [line.slice(0, i), line.slice(i + 1)];
  }
  return undefined;
}

/** An attached session's line as the container's terminal showed it (the prompt, the echoed line, its output) goes to the container's log. */
function showOnTerminal(k: Kubectl, s: ContainerSessionState, text: string): void {
  try {
    k.client().attachOutput(s.pod, s.namespace, s.container, text);
  } catch {
    // the pod or the connection is gone: the line ends the session anyway
  }
}

export const containerSession: SessionHandler = {
  prompt(state) {
    return prompt(state as ContainerSessionState);
  },
  line(line, state, ctx) {
    const s = state as ContainerSessionState;
    if (s.end.kind !== "attach") return runLine(line, s, ctx);
    // What the line prints reaches the terminal directly (network tools) or through the result.
    let shown = "";
    const tee = { ...ctx, out: (t: string) => ((shown += t), ctx.out(t)), err: (t: string) => ((shown += t), ctx.err(t)) };
    const r = runLine(line, s, tee);
    if (!r.end) showOnTerminal(new Kubectl(ctx, "exec", { ...s.flags }, [], -1), s, `${prompt(s)}${line}\n${shown}${r.stdout}${r.stderr}`);
    return r;
  },
};

/**
 * Starts the shell in the container (the runtime's exec with a TTY): the container's environment plus
 * what a login shell on a terminal adds. Returns the failed exec's result when the shell cannot start.
 */
export function startShell(k: Kubectl, state: ContainerSessionState): ContainerSessionState | CommandResult {
  const r = k.client().exec(state.pod, state.namespace, state.container, [state.shell], undefined, { ...state.sh, vars: { TERM: "xterm" } });
  if (r.exitCode !== 0 || !r.session) return r;
  return { ...state, sh: { ...r.session, vars: { ...r.session.vars, SHLVL: "1", PWD: "/" } } };
}

/** The container's spec (regular, init or ephemeral) and status in the pod. */
function containerOf(pod: KubeObject, name: string) {
  const specs = ["containers", "initContainers", "ephemeralContainers"].flatMap((f) => (pod.spec?.[f] ?? []) as { name: string; image: string; command?: string[]; args?: string[] }[]);
  const statuses = ["containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses"].flatMap((f) => (pod.status?.[f] ?? []) as { name: string; state?: { running?: unknown; terminated?: { exitCode?: number } } }[]);
  const ephemeral = ((pod.spec?.ephemeralContainers ?? []) as { name: string }[]).some((c) => c.name === name);
  return { spec: specs.find((c) => c.name === name), status: statuses.find((s) => s.name === name), ephemeral };
}

/**
 * `kubectl attach` as kubectl debug (and attach -it) use it: waits on the simulated clock for the
 * container to run, prints its logs if it already ended, else attaches. A shell with -i and -t becomes an
 * interactive session; anything else shows the output it has written so far.
 */
export function attachToContainer(k: Kubectl, pod: KubeObject, container: string, opts: { tty?: boolean } = {}): number {
  const ns = pod.metadata.namespace!;
  const name = pod.metadata.name!;
  let p = pod;
  for (let waited = 0; waited < 300_000; waited += 1000) {
    const { status, ephemeral } = containerOf(p, container);
    // A main container that exited in a running pod comes back under Always/OnFailure: attach to the new instance.
    const exit = status?.state?.terminated?.exitCode;
    const restarting = exit !== undefined && !ephemeral && p.status?.phase === "Running" && (p.spec?.restartPolicy === "Always" || (p.spec?.restartPolicy === "OnFailure" && exit !== 0));
    if (status?.state?.running || (status?.state?.terminated && !restarting) || p.status?.phase === "Succeeded" || p.status?.phase === "Failed") break;
    k.ctx.environment.advance(1000);
    p = k.client().get("pods", name, ns);
  }
  const { spec, status, ephemeral } = containerOf(p, container);
  if (status?.state?.terminated || !spec) {
    k.out(k.client().logs(name, ns, { container }));
    return 0;
  }
  const quiet = k.bool("quiet");
  if (!quiet) k.err("If you don't see a command prompt, try pressing enter.\n");
  const argv = [...(spec.command ?? []), ...(spec.args ?? [])];
  const shell = argv.length ? argv : lookupImage(spec.image)?.mode === "run-command" ? ["sh"] : [];
  if (k.bool("stdin") && (opts.tty ?? k.bool("tty")) && isInteractiveShell(shell) && k.ctx.shell.pushSession) {
    const always = p.spec?.restartPolicy === "Always";
    const message = quiet || !always ? undefined : ephemeral ? `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${name} -c ${container} -i -t' if it is still running` : `Session ended, resume using 'kubectl attach ${name} -c ${container} -i -t' command when the pod is running`;
    const started = startShell(k, openSession(k, p, container, shell[0], { kind: "attach", message }));
    if ("sh" in started) {
      k.ctx.shell.pushSession("kubectl", started);
      return 0;
    }
  }
  k.out(k.client().logs(name, ns, { container }));
  return 0;
}
