import { FsError } from "../engine/host";

/** Resolves a typed path against the working directory and home, normalising `.` and `..`. */
export function resolvePath(p: string, cwd: string, home: string): string {
  let path = p === "~" ? home : p.startsWith("~/") ? home + p.slice(1) : p;
  if (!path.startsWith("/")) path = `${cwd}/${path}`;
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return "/" + parts.join("/");
}

/** strerror wording as coreutils prints it. */
export function fsErrorText(e: unknown): string {
  if (!(e instanceof FsError)) return e instanceof Error ? e.message : String(e);
  return {
    ENOENT: "No such file or directory",
    EISDIR: "Is a directory",
    ENOTDIR: "Not a directory",
    EEXIST: "File exists",
    ENOTEMPTY: "Directory not empty",
    EACCES: "Permission denied",
    EINVAL: "Invalid argument",
  }[e.code];
}
