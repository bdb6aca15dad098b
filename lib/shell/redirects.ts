import { FsError, type FileSystem } from "../engine/host";
import type { CommandResult } from "./types";
import type { Redirect } from "./parser/ast";
import { expandHereDoc, expandString, expandWord, type ExpandContext } from "./expand";
import { fsErrorText } from "./paths";

/** A command's standard input: shared by the commands of a compound so `read` consumes it line by line. */
export class Input {
  private pos = 0;
  constructor(private readonly text: string) {}

  rest(): string {
    return this.text.slice(this.pos);
  }

  /** The next line with its newline (none on an unterminated last line), or undefined at end of input. */
  readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const nl = this.text.indexOf("\n", this.pos);
    const end = nl < 0 ? this.text.length : nl + 1;
    const line = this.text.slice(this.pos, end);
    this.pos = end;
    return line;
  }
}

export type Target = { fd: 1 | 2; path: string } | { fd: 1 | 2; dupTo: 1 | 2 };

/** Opens a command's redirections left to right: the input it reads and where fds 1 and 2 go. */
export function openRedirects(redirects: Redirect[], input: Input, ectx: ExpandContext, fs: FileSystem, resolve: (p: string) => string): { input: Input; targets: Target[] } | { error: string } {
  let cur = input;
  const targets: Target[] = [];
  for (const r of redirects) {
    if (r.op === "<<") {
      cur = new Input(r.expand ? expandHereDoc(r.target, ectx) : r.target);
      continue;
    }
    if (r.op === "<<<") {
      cur = new Input(expandString(r.target, ectx) + "\n");
      continue;
    }
    if (r.op === ">&") {
      if (r.target !== "1" && r.target !== "2") {
        if (!/^\d+$/.test(r.target)) {
          const fields = expandWord(r.target, ectx);
          if (fields.length !== 1) return { error: `bash: ${r.target}: ambiguous redirect\n` };
          targets.push({ fd: 1, path: resolve(fields[0]) }, { fd: 2, path: resolve(fields[0]) });
          continue;
        }
        return { error: `bash: ${r.target}: Bad file descriptor\n` };
      }
      targets.push({ fd: r.fd as 1 | 2, dupTo: Number(r.target) as 1 | 2 });
      continue;
    }
    const fields = expandWord(r.target, ectx);
    if (fields.length !== 1) return { error: `bash: ${r.target}: ambiguous redirect\n` };
    const path = resolve(fields[0]);
    if (r.op === "<") {
      if (path === "/dev/null") {
        cur = new Input("");
        continue;
      }
      try {
        cur = new Input(fs.readFile(path));
      } catch (e) {
        return { error: `bash: ${fields[0]}: ${fsErrorText(e)}\n` };
      }
      continue;
    }
    if (path !== "/dev/null") {
      try {
        if (r.op === ">" || !fs.exists(path)) fs.writeFile(path, "");
      } catch (e) {
        return { error: `bash: ${fields[0]}: ${fsErrorText(e)}\n` };
      }
    }
    const fds: (1 | 2)[] = r.fd === "&" ? [1, 2] : [r.fd as 1 | 2];
    for (const fd of fds) targets.push({ fd, path });
  }
  return { input: cur, targets };
}

/** Sends a command's output where its redirections point, as bash applies them left to right. */
export function applyOutput(targets: Target[], r: CommandResult, fs: FileSystem): CommandResult {
  if (targets.length === 0) return r;
  const dest: Record<1 | 2, string> = { 1: "stdout", 2: "stderr" };
  for (const t of targets) dest[t.fd] = "dupTo" in t ? dest[t.dupTo] : t.path;
  const result = { stdout: "", stderr: "", exitCode: r.exitCode };
  for (const [fd, text] of [[1, r.stdout], [2, r.stderr]] as [1 | 2, string][]) {
    const d = dest[fd];
    if (d === "stdout") result.stdout += text;
    else if (d === "stderr") result.stderr += text;
    else if (d !== "/dev/null" && text) {
      try {
        fs.writeFile(d, text, { append: true });
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
      }
    }
  }
  return result;
}
