import type { Kubectl } from "../../context";

/** Key/value data for configmaps and secrets from --from-literal, --from-file and --from-env-file. */
export class SourceError extends Error {}

function readFile(k: Kubectl, path: string): string {
  const abs = k.ctx.resolve(path);
  if (!k.ctx.host.fs.exists(abs)) throw new SourceError(`error reading ${path}: no such file or directory`);
  return k.ctx.host.fs.readFile(abs);
}

/** Parses an env file: KEY=VALUE lines, blank lines and `#` comments skipped, a bare KEY takes $KEY. */
function parseEnvFile(k: Kubectl, path: string, add: (key: string, value: string) => void): void {
  for (const raw of readFile(k, path).split("\n")) {
    const line = raw.replace(/^\s+/, "");
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) {
      add(line, k.ctx.env[line] ?? "");
      continue;
    }
    add(line.slice(0, eq), line.slice(eq + 1));
  }
}

export function collectData(k: Kubectl, kind: "ConfigMap" | "Secret", name: string): Record<string, string> {
  const data: Record<string, string> = {};
  const add = (key: string, value: string) => {
    if (key in data) throw new SourceError(`cannot add key "${key}", another key by that name already exists in Data for ${kind} "${name}"`);
    data[key] = value;
  };
  const envFiles = k.list("from-env-file");
  if (envFiles.length && (k.list("from-file").length || k.list("from-literal").length)) throw new SourceError("from-env-file cannot be combined with from-file or from-literal");
  for (const f of k.list("from-file")) {
    const eq = f.indexOf("=");
    const [key, path] = eq > 0 ? [f.slice(0, eq), f.slice(eq + 1)] : [undefined, f];
    const abs = k.ctx.resolve(path);
    if (k.ctx.host.fs.exists(abs) && k.ctx.host.fs.stat(abs).type === "dir") {
      if (key) throw new SourceError(`cannot give a key name for a directory path`);
      for (const n of k.ctx.host.fs.readdir(abs)) if (k.ctx.host.fs.stat(`${abs}/${n}`).type === "file") add(n, k.ctx.host.fs.readFile(`${abs}/${n}`));
      continue;
    }
    add(key ?? path.split("/").pop()!, readFile(k, path));
  }
  for (const lit of k.list("from-literal")) {
    const eq = lit.indexOf("=");
    if (eq <= 0) throw new SourceError(`invalid literal source ${lit}, expected key=value`);
    add(lit.slice(0, eq), lit.slice(eq + 1));
  }
  for (const f of envFiles) parseEnvFile(k, f, add);
  return data;
}

/** Go marshals map keys sorted. */
export function sorted(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(data).sort().map((key) => [key, data[key]]));
}
