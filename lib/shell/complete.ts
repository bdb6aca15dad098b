import type { Environment } from "../engine/environment";
import type { FileSystem } from "../engine/host";
import type { Command, CommandContext, CommandResult } from "./types";
import { resolvePath } from "./paths";

/**
 * Tab completion as bash does it: command names in command position, file paths elsewhere, and a
 * command's own completer (kubectl's) for its arguments. The terminal inserts `replacement` in place
 * of `line.slice(start, end)` on Tab and lists `candidates` on a second Tab.
 */
export interface Completion {
  start: number;
  end: number;
  candidates: string[];
  /** What the word becomes: the single match (plus `/` or a space), or the longest common prefix. */
  replacement: string;
}

export interface CompleteEnv {
  commands: string[];
  aliases: Record<string, string>;
  fs: FileSystem;
  cwd: string;
  home: string;
  run(line: string): CommandResult;
  environment: Environment;
  /** A command's own completer, e.g. kubectl's. */
  commandCompleter?(name: string): Command["complete"];
  context?(): CommandContext;
}

const KEYWORDS = ["if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "function"];
const SEPARATORS = new Set(["|", "||", "&&", ";", "&", "(", "$(", "`", "then", "do", "else", "elif", "if", "while", "until", "{", "!", "sudo", "watch", "time", "xargs"]);

/** Words of the text before the cursor, with the start index of each (quotes kept out of the words). */
function words(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    const op = /^(\|\||&&|\$\(|[|;&(`])/.exec(text.slice(i));
    if (op) {
      out.push({ word: op[0], start });
      i += op[0].length;
      continue;
    }
    let w = "";
    while (i < text.length && !/[\s|;&()`]/.test(text[i])) {
      const c = text[i];
      if (c === "'" || c === '"') {
        const end = text.indexOf(c, i + 1);
        w += text.slice(i + 1, end < 0 ? text.length : end);
        i = end < 0 ? text.length : end + 1;
      } else if (c === "\\" && i + 1 < text.length) {
        w += text[i + 1];
        i += 2;
      } else {
        w += c;
        i++;
      }
    }
    out.push({ word: w, start });
  }
  return out;
}

function commonPrefix(xs: string[]): string {
  if (xs.length === 0) return "";
  let p = xs[0];
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

const escape = (s: string) => s.replace(/([\s'"\\$`!&|;()<>*?[\]{}])/g, "\\$1");

function paths(word: string, env: CompleteEnv): { candidates: string[]; dirs: Set<string> } {
  const slash = word.lastIndexOf("/");
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : "";
  const prefix = word.slice(slash + 1);
  const dir = resolvePath(dirPart === "" ? "." : dirPart.startsWith("~") ? env.home + dirPart.slice(1) : dirPart, env.cwd, env.home);
  const dirs = new Set<string>();
  let names: string[];
  try {
    names = env.fs.readdir(dir).filter((n) => n.startsWith(prefix) && (prefix.startsWith(".") || !n.startsWith(".")));
  } catch {
    return { candidates: [], dirs };
  }
  const candidates = names.map((n) => {
    const full = dirPart + n;
    try {
      if (env.fs.stat(resolvePath(`${dir}/${n}`, env.cwd, env.home)).type === "dir") dirs.add(full);
    } catch {
      /* vanished */
    }
    return full;
  });
  return { candidates, dirs };
}

export function complete(line: string, cursor: number, env: CompleteEnv): Completion {
  const before = line.slice(0, cursor);
  const ws = words(before);
  const endsInSpace = before === "" || /\s$/.test(before) || /[|;&(`]$/.test(before);
  const current = endsInSpace ? { word: "", start: cursor } : ws.pop()!;
  // The command this word belongs to: the last word after a separator.
  let cmdIndex = 0;
  ws.forEach((w, i) => {
    if (SEPARATORS.has(w.word)) cmdIndex = i + 1;
  });
  const cmdWords = ws.slice(cmdIndex).map((w) => w.word);
  let candidates: string[] = [];
  let dirs = new Set<string>();
  if (cmdWords.length === 0 && !current.word.includes("/")) {
    candidates = [...new Set([...env.commands, ...KEYWORDS])].filter((c) => c.startsWith(current.word)).sort();
  } else {
    let name = cmdWords[0] ?? "";
    let args = cmdWords.slice(1);
    const alias = env.aliases[name];
    if (alias !== undefined) {
      const expanded = alias.trim().split(/\s+/);
      name = expanded[0];
      args = [...expanded.slice(1), ...args];
    }
    const own = env.commandCompleter?.(name);
    if (own && env.context && !current.word.includes("/")) candidates = own([...args, current.word], env.context());
    if (!own || (candidates.length === 0 && /[/.~]/.test(current.word))) ({ candidates, dirs } = paths(current.word, env));
    candidates = [...new Set(candidates)].sort();
  }
  let replacement = current.word;
  if (candidates.length === 1) {
    const c = candidates[0];
    replacement = escape(c) + (dirs.has(c) ? "/" : " ");
  } else if (candidates.length > 1) {
    const p = commonPrefix(candidates);
    if (p.length > current.word.length) replacement = escape(p);
  }
  if (replacement === current.word) replacement = line.slice(current.start, cursor);
  return { start: current.start, end: cursor, candidates: candidates.map((c) => (dirs.has(c) ? c.slice(c.lastIndexOf("/", c.length - 1) + 1) + "/" : c.includes("/") ? c.slice(c.lastIndexOf("/") + 1) : c)), replacement };
}
