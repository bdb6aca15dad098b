/** Slash-separated path arithmetic as Go's `path` package does it (kubectl cp's file specs). */

/** path.Clean: the shortest equivalent path; "" is ".". */
export function cleanPath(p: string): string {
  if (!p) return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(part);
  }
  const joined = out.join("/");
  return rooted ? `/${joined}` : joined || ".";
}

/** path.Dir: all but the last element, cleaned. */
export function pathDir(p: string): string {
  return cleanPath(p.slice(0, p.lastIndexOf("/") + 1));
}

/** path.Base: the last element ("." for "", "/" for slashes only). */
export function pathBase(p: string): string {
  if (!p) return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (!trimmed) return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** path.Join: the non-empty elements joined and cleaned ("" when all are empty). */
export function joinPath(...parts: string[]): string {
  const kept = parts.filter(Boolean);
  return kept.length ? cleanPath(kept.join("/")) : "";
}

/** Leading `../` (and a leftover `.` or `..`, and one leading slash) removed, as kubectl does to archive prefixes. */
export function stripPathShortcuts(p: string): string {
  let s = p;
  while (s.startsWith("../")) s = s.slice(3);
  if (s === "." || s === "..") s = "";
  return s.startsWith("/") ? s.slice(1) : s;
}
