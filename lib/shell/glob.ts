import type { FileSystem } from "../engine/host";
import { globMatch } from "./expand";
import { resolvePath } from "./paths";

/** Pathname expansion of one word: matches in its directory (no wildcards in directory parts), dotfiles only when asked. */
export function globPaths(fs: FileSystem, pattern: string, cwd: string, home: string): string[] {
  const abs = pattern.startsWith("/");
  const dirPart = pattern.includes("/") ? pattern.slice(0, pattern.lastIndexOf("/") + 1) : "";
  const namePart = pattern.slice(dirPart.length);
  if (/[*?[]/.test(dirPart)) return [];
  const dir = resolvePath(dirPart || ".", cwd, home);
  try {
    return fs
      .readdir(dir)
      .filter((n) => (namePart.startsWith(".") || !n.startsWith(".")) && globMatch(namePart, n))
      .map((n) => (abs || dirPart ? dirPart + n : n));
  } catch {
    return [];
  }
}
