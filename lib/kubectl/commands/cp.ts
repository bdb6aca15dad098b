import { reportError, type Kubectl, type Subcommand } from "../context";
import { StatusError } from "../../engine/api/errors";
import type { KubeObject } from "../../engine/api/types";
import type { ExecResult } from "../../engine/client";
import { FsError } from "../../engine/host";
import { packTar, unpackTar, type TarEntry } from "../../engine/kubelet/tar-format";
import { defaultContainer } from "./logs";
import { helpText } from "./create/generator";
import { cleanPath, joinPath, pathBase, pathDir, stripPathShortcuts } from "./cp-paths";

/** `[[namespace/]pod:]file/path`: a pod's file, or a file on this machine. */
interface FileSpec {
  pod?: string;
  namespace?: string;
  file: string;
}

/** kubectl keeps a path as typed, less one trailing slash. */
const stripTrailingSlash = (f: string) => (f !== "/" && f.endsWith("/") ? f.slice(0, -1) : f);

function fileSpec(arg: string): FileSpec {
  const i = arg.indexOf(":");
  if (i === 0) throw new Error("filespec must match the canonical format: [[namespace/]pod:]file/path");
  if (i < 0) return { file: stripTrailingSlash(arg) };
  const pieces = arg.slice(0, i).split("/");
  if (pieces.length > 2) throw new Error("filespec must match the canonical format: [[namespace/]pod:]file/path");
  const file = stripTrailingSlash(arg.slice(i + 1));
  return pieces.length === 1 ? { pod: pieces[0], file } : { namespace: pieces[0], pod: pieces[1], file };
}

/** One exec into the pod's container as `kubectl exec` makes it; `notices` takes its "Defaulted container" line. */
function execIn(k: Kubectl, spec: FileSpec, argv: string[], stdin: string | undefined, notices: (s: string) => void): ExecResult {
  const client = k.client();
  const pod: KubeObject = client.get("pods", spec.pod!, spec.namespace ?? k.namespace);
  const phase = pod.status?.phase;
  if (phase === "Succeeded" || phase === "Failed") throw new Error(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  let container = k.str("container");
  if (!container) {
    const shim = Object.create(k) as Kubectl;
    shim.err = notices;
    container = defaultContainer(shim, pod);
  }
  return client.exec(pod.metadata.name!, pod.metadata.namespace!, container, argv, stdin);
}

/** kubectl's error line for a failed copy: the API's answer, or its own message. */
function fail(k: Kubectl, e: unknown): number {
  if (e instanceof StatusError && e.status.message?.startsWith("unable to upgrade connection")) return (k.err(`error: ${e.status.message}\n`), 1);
  if (e instanceof StatusError || !(e instanceof Error)) return reportError(k, e);
  k.err(`error: ${e.message}\n`);
  return 1;
}

/** The local file or directory as the archive kubectl streams into `tar -x` (files, and empty directories). */
function localTar(k: Kubectl, src: string, dest: string): string {
  const fs = k.ctx.host.fs;
  const entries: TarEntry[] = [];
  const walk = (path: string, name: string) => {
    const st = fs.stat(k.ctx.resolve(path));
    const mtime = Math.floor(st.mtimeMs / 1000);
    if (st.type !== "dir") return void entries.push({ name, dir: false, text: fs.readFile(k.ctx.resolve(path)), mode: st.mode, mtime });
    const children = fs.readdir(k.ctx.resolve(path));
    if (!children.length) entries.push({ name, dir: true, text: "", mode: st.mode, mtime });
    for (const c of children) walk(joinPath(path, c), joinPath(name, c));
  };
  walk(cleanPath(src), pathBase(cleanPath(dest)));
  return packTar(entries);
}

/** node → pod: `tar -xmf -` in the container, into the destination (or into it, when it is a directory). */
function copyToPod(k: Kubectl, src: FileSpec, dest: FileSpec): number {
  if (!k.ctx.host.fs.exists(k.ctx.resolve(src.file))) return (k.err(`error: ${src.file} doesn't exist in local filesystem\n`), 1);
  let destFile = dest.file;
  try {
    // kubectl asks whether the destination is a directory; any failure means "no".
    if (execIn(k, dest, ["test", "-d", destFile], undefined, () => {}).exitCode === 0) destFile = joinPath(destFile, pathBase(src.file));
  } catch {
    // the real copy below reports it
  }
  const argv = k.bool("no-preserve") ? ["tar", "--no-same-permissions", "--no-same-owner", "-xmf", "-"] : ["tar", "-xmf", "-"];
  argv.push("-C", pathDir(destFile));
  try {
    const r = execIn(k, dest, argv, localTar(k, src.file, destFile), (s) => k.err(s));
    k.out(r.stdout);
    k.err(r.stderr);
    if (r.exitCode !== 0) k.err(`command terminated with exit code ${r.exitCode}\n`);
    return r.exitCode;
  } catch (e) {
    return fail(k, e);
  }
}

/** pod → node: `tar cf - PATH` in the container (its messages on kubectl's stdout), unpacked at the destination. */
function copyFromPod(k: Kubectl, src: FileSpec, dest: FileSpec): number {
  let r: ExecResult;
  try {
    r = execIn(k, src, ["tar", "cf", "-", src.file], undefined, (s) => k.out(s));
  } catch (e) {
    return fail(k, e);
  }
  k.out(r.stderr);
  // A command that ended without writing an archive fails the copy; tar's own errors after an (empty) archive do not.
  if (!r.stdout && r.exitCode !== 0) return (k.err(`command terminated with exit code ${r.exitCode}\n`), r.exitCode);
  const entries = r.stdout ? unpackTar(r.stdout) : [];
  if (!entries) return (k.err("error: archive/tar: invalid tar header\n"), 1);
  const prefix = stripPathShortcuts(cleanPath(src.file.replace(/^\/+/, "")));
  const fs = k.ctx.host.fs;
  try {
    for (const e of entries) {
      if (!e.name.startsWith(prefix)) return (k.err("error: tar contents corrupted\n"), 1);
      const target = joinPath(dest.file, stripTrailingSlash(e.name.slice(prefix.length)));
      const abs = k.ctx.resolve(target);
      mkdirAll(k, pathDir(target));
      if (e.dir) {
        mkdirAll(k, target);
        continue;
      }
      if (fs.exists(abs) && fs.stat(abs).type === "dir") return (k.err(`error: open ${target}: is a directory\n`), 1);
      fs.writeFile(abs, e.text, { mode: e.mode & 0o777 });
    }
  } catch (e) {
    if (e instanceof CopyError) return (k.err(`error: ${e.message}\n`), 1);
    throw e;
  }
  return 0;
}

class CopyError extends Error {}

/** os.MkdirAll: each missing directory made; a file in the way fails as Go words it. */
function mkdirAll(k: Kubectl, path: string) {
  const fs = k.ctx.host.fs;
  const abs = k.ctx.resolve(path);
  if (fs.exists(abs)) {
    if (fs.stat(abs).type !== "dir") throw new CopyError(`mkdir ${path}: not a directory`);
    return;
  }
  try {
    fs.mkdir(abs, { recursive: true });
  } catch (e) {
    if (e instanceof FsError) throw new CopyError(`mkdir ${path}: not a directory`);
    throw e;
  }
}

export const cp: Subcommand = {
  name: "cp",
  summary: "Copy files and directories to and from containers",
  flags: [
    { name: "container", short: "c", type: "string" },
    { name: "no-preserve", type: "bool" },
    { name: "retries", type: "int", default: 0 },
  ],
  help: helpText(
    "Copy files and directories between this machine and a container. The container's image must have tar: kubectl runs it there.",
    "kubectl cp <file-spec-src> <file-spec-dest> [options]",
    ["kubectl cp /tmp/app.conf web:/etc/app.conf", "kubectl cp ./site web:/usr/share/nginx/html -c nginx", "kubectl cp prod/web:/var/log/app.log ./app.log"],
    [
      ["-c, --container=''", "Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation or the first container in the pod."],
      ["--no-preserve=false", "Do not keep the copied files' ownership and permissions in the container."],
      ["--retries=0", "How many times to retry a copy from a container (0: none, negative: forever)."],
    ],
  ),
  run(k) {
    if (k.args.length !== 2) return (k.err("error: source and destination are required\n"), 1);
    let src: FileSpec;
    let dest: FileSpec;
    try {
      src = fileSpec(k.args[0]);
      dest = fileSpec(k.args[1]);
    } catch (e) {
      return fail(k, e);
    }
    if (src.pod && dest.pod) return (k.err("error: one of src or dest must be a local file specification\n"), 1);
    if (!src.file || !dest.file) return (k.err("error: filepath can not be empty\n"), 1);
    if (src.pod) return copyFromPod(k, src, dest);
    if (dest.pod) return copyToPod(k, src, dest);
    k.err("error: one of src or dest must be a remote file specification\n");
    return 1;
  },
};
