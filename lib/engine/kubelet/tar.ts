import type { Io } from "./applets";
import type { Proc } from "./program";
import { packTar, unpackTar, type TarEntry } from "./tar-format";

/** What a `tar` command line asks for: `tar cf - /tmp/x`, `tar -xmf - -C /tmp`, `tar tvf x.tar`. */
interface TarArgs {
  op?: "c" | "x" | "t";
  file?: string;
  dir?: string;
  verbose: boolean;
  members: string[];
}

function parseArgs(args: string[]): TarArgs {
  const a: TarArgs = { verbose: false, members: [] };
  const letters = (s: string, rest: string[]) => {
    for (const ch of s) {
      if (ch === "c" || ch === "x" || ch === "t") a.op = ch;
      else if (ch === "v") a.verbose = true;
      else if (ch === "f") a.file = rest.shift();
      else if (ch === "C") a.dir = rest.shift();
    }
  };
  const rest = [...args];
  // The first word may bundle letters without a dash (`tar cf - x`).
  if (rest[0] && !rest[0].startsWith("-")) letters(rest.shift()!, rest);
  while (rest.length) {
    const w = rest.shift()!;
    if (w.startsWith("--")) {
      const [flag, value] = w.split("=", 2);
      if (flag === "--file") a.file = value ?? rest.shift();
      else if (flag === "--directory") a.dir = value ?? rest.shift();
      else if (flag === "--create") a.op = "c";
      else if (flag === "--extract" || flag === "--get") a.op = "x";
      else if (flag === "--list") a.op = "t";
    } else if (w.startsWith("-") && w.length > 1) letters(w.slice(1), rest);
    else a.members.push(w);
  }
  return a;
}

const gnu = (p: Proc) => p.flavour === "gnu";

/** Messages GNU tar and busybox tar word differently. */
const say = {
  leading: (p: Proc) => (gnu(p) ? "tar: Removing leading `/' from member names\n" : "tar: removing leading '/' from member names\n"),
  noStat: (p: Proc, f: string) => (gnu(p) ? `tar: ${f}: Cannot stat: No such file or directory\n` : `tar: ${f}: No such file or directory\n`),
  failed: (p: Proc) => (gnu(p) ? "tar: Exiting with failure status due to previous errors\n" : "tar: error exit delayed from previous errors\n"),
  noDir: (p: Proc, d: string) => (gnu(p) ? `tar: ${d}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n` : `tar: can't change directory to '${d}': No such file or directory\n`),
  notTar: (p: Proc) => (gnu(p) ? "tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n" : "tar: short read\n"),
};
const failCode = (p: Proc) => (gnu(p) ? 2 : 1);

const isDir = (p: Proc, path: string) => p.dirs.has(path) || [...p.files.keys()].some((f) => f.startsWith(path === "/" ? "/" : `${path}/`));

/** The entries below directory `abs` (depth first, names sorted), named under `name`. */
function walk(p: Proc, abs: string, name: string, mtime: number, out: TarEntry[]) {
  const prefix = abs === "/" ? "/" : `${abs}/`;
  const children = new Map<string, boolean>();
  for (const f of p.files.keys()) {
    if (!f.startsWith(prefix)) continue;
    const rel = f.slice(prefix.length);
    const first = rel.split("/")[0];
    if (rel.includes("/")) children.set(first, true);
    else if (!children.has(first)) children.set(first, false);
  }
  for (const d of p.dirs) if (d.startsWith(prefix) && d !== prefix) children.set(d.slice(prefix.length).split("/")[0], true);
  for (const child of [...children.keys()].sort()) {
    const path = `${prefix}${child}`;
    if (children.get(child)) {
      out.push({ name: `${name}${child}/`, dir: true, text: "", mode: 0o755, mtime });
      walk(p, path, `${name}${child}/`, mtime, out);
    } else out.push({ name: `${name}${child}`, dir: false, text: p.files.get(path)!, mode: 0o644, mtime });
  }
}

function create(p: Proc, a: TarArgs, io: Io): number {
  if (!a.members.length) {
    io.err(gnu(p) ? "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n" : "tar: empty archive\n");
    return failCode(p);
  }
  const mtime = Math.floor((p.input.startMs + p.t) / 1000);
  const base = a.dir ? p.abs(a.dir) : p.cwd;
  const entries: TarEntry[] = [];
  let warned = false;
  let failed = false;
  for (const m of a.members) {
    const abs = p.abs(m.startsWith("/") ? m : `${base}/${m}`);
    const name = m.replace(/^\/+/, "").replace(/\/+$/, "");
    const warn = () => {
      if (m.startsWith("/") && !warned) io.err(say.leading(p));
      warned ||= m.startsWith("/");
    };
    if (gnu(p)) warn();
    const file = p.files.get(abs);
    if (file === undefined && !isDir(p, abs)) {
      io.err(say.noStat(p, m));
      failed = true;
      continue;
    }
    if (!gnu(p)) warn();
    if (file !== undefined) entries.push({ name, dir: false, text: file, mode: 0o644, mtime });
    else {
      const dirName = name ? `${name}/` : "";
      if (dirName) entries.push({ name: dirName, dir: true, text: "", mode: 0o755, mtime });
      walk(p, abs, dirName, mtime, entries);
    }
  }
  const archive = packTar(entries);
  if (!a.file || a.file === "-") io.out(archive);
  else p.files.set(p.abs(a.file), archive);
  if (failed) io.err(say.failed(p));
  return failed ? failCode(p) : 0;
}

function extract(p: Proc, a: TarArgs, io: Io, list: boolean): number {
  let input = io.stdin;
  if (a.file && a.file !== "-") {
    const text = p.files.get(p.abs(a.file));
    if (text === undefined) {
      io.err(gnu(p) ? `tar: ${a.file}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n` : `tar: can't open '${a.file}': No such file or directory\n`);
      return failCode(p);
    }
    input = text;
  }
  const base = a.dir ? p.abs(a.dir) : p.cwd;
  if (!list && a.dir && !isDir(p, base)) return (io.err(say.noDir(p, a.dir)), failCode(p));
  const entries = unpackTar(input);
  if (!entries) return (io.err(say.notTar(p)), failCode(p));
  let failed = false;
  for (const e of entries) {
    if (list) {
      io.out(`${e.name}\n`);
      continue;
    }
    const path = p.abs(`${base}/${e.name.replace(/^\/+/, "")}`);
    for (let d = path.slice(0, path.lastIndexOf("/")); d; d = d.slice(0, d.lastIndexOf("/"))) p.dirs.add(d);
    if (e.dir) {
      if (!p.files.has(path)) p.dirs.add(path);
      continue;
    }
    if (p.dirs.has(path) || isDir(p, path)) {
      io.err(gnu(p) ? `tar: ${e.name}: Cannot open: Is a directory\n` : `tar: can't remove old file ${e.name}: Is a directory\n`);
      failed = true;
      continue;
    }
    if (a.verbose) io.out(`${e.name}\n`);
    p.files.set(path, e.text);
  }
  if (failed && gnu(p)) io.err(say.failed(p));
  return failed ? failCode(p) : 0;
}

/** `tar`: creates, extracts and lists archives on the container's files (what `kubectl cp` runs). */
export function tarApplet(p: Proc, argv: string[], io: Io): number {
  const a = parseArgs(argv.slice(1));
  if (a.op === "c") return create(p, a, io);
  if (a.op === "x" || a.op === "t") return extract(p, a, io, a.op === "t");
  io.err(gnu(p) ? "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n" : "tar: need action\n");
  return failCode(p);
}
