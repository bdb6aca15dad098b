import type { Command, CommandContext } from "../shell/types";
import { FlagError, FlagSet } from "./flags";
import { Kubectl, type Subcommand } from "./context";
import { subcommands, KUBECTL_COMMAND_ORDER } from "./registry";
import { suggestionsFor } from "./suggest";
import { completeKubectl } from "./complete";
import { containerSession } from "./container-session";

const ROOT_HELP = `kubectl controls the (simulated) Kubernetes cluster.

Commands:
${subcommands.map((s) => `  ${s.name.padEnd(15)}${s.summary}`).join("\n")}

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
`;

const root: Subcommand = { name: "kubectl", summary: "", flags: [], help: ROOT_HELP, children: subcommands };

const matches = (s: Subcommand, name: string) => s.name === name || (s.aliases ?? []).includes(name);

/** Walks argv down the command tree the way cobra's Find does: the first positional picks a child. */
function find(args: string[]): { node: Subcommand; path: string[]; rest: string[] } {
  let node = root;
  const path: string[] = [];
  let rest = args;
  for (;;) {
    const flags = new FlagSet(node.flags);
    let pos = -1;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === "--") break;
      if (a.startsWith("-") && a.length > 1) {
        if (flags.takesNext(a)) i++;
        continue;
      }
      pos = i;
      break;
    }
    const child = pos >= 0 ? node.children?.find((c) => matches(c, rest[pos])) : undefined;
    if (!child) return { node, path, rest };
    path.push(child.name);
    node = child;
    rest = [...rest.slice(0, pos), ...rest.slice(pos + 1)];
  }
}

function helpOf(node: Subcommand, path: string[]): string {
  if (node.help) return node.help;
  const kids = node.children ?? [];
  const width = Math.max(...kids.map((c) => c.name.length)) + 3;
  return `${node.summary}\n\nAvailable Commands:\n${kids.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join("\n")}\n\nUsage:\n  kubectl ${path.join(" ")} SUBCOMMAND [options]\n\nUse "kubectl ${path.join(" ")} <command> --help" for more information about a given command.\n`;
}

/** Runs one kubectl invocation inside the simulated shell. */
export function runKubectl(argv: string[], ctx: CommandContext): number {
  const { node, path, rest } = find(argv.slice(1));
  const where = path.join(" ");
  if (node === root) {
    // cobra rejects an unknown command before it parses any flag.
    const flags = new FlagSet(root.flags);
    for (let i = 0; i < rest.length && rest[i] !== "--"; i++) {
      if (rest[i].startsWith("-") && rest[i].length > 1) {
        if (flags.takesNext(rest[i])) i++;
        continue;
      }
      const hints = suggestionsFor(rest[i], KUBECTL_COMMAND_ORDER);
      ctx.err(`error: unknown command "${rest[i]}" for "kubectl"\n${hints.length ? `\nDid you mean this?\n${hints.map((h) => `\t${h}\n`).join("")}` : ""}`);
      return 1;
    }
  }
  let parsed;
  try {
    parsed = new FlagSet(node.flags).parse(rest);
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    ctx.err(`error: ${e.message}\nSee 'kubectl${where ? ` ${where}` : ""} --help' for usage.\n`);
    return 1;
  }
  if (parsed.flags.help) {
    ctx.out(helpOf(node, path));
    return 0;
  }
  if (node === root) {
    if (!parsed.args.length) {
      ctx.out(ROOT_HELP);
      return 0;
    }
    const name = parsed.args[0];
    const hints = suggestionsFor(name, KUBECTL_COMMAND_ORDER);
    ctx.err(`error: unknown command "${name}" for "kubectl"\n${hints.length ? `\nDid you mean this?\n${hints.map((h) => `\t${h}\n`).join("")}` : ""}`);
    return 1;
  }
  if (!node.run) {
    if (parsed.args.length) {
      ctx.err(`error: unknown command "${parsed.args.join(" ")}"\nSee 'kubectl ${where} -h' for help and examples\n`);
      return 1;
    }
    (node.groupHelpTo === "stdout" ? ctx.out : ctx.err).call(ctx, helpOf(node, path));
    return 1;
  }
  const missing = node.flags.filter((f) => f.required && !parsed.changed.has(f.name)).map((f) => `"${f.name}"`);
  if (missing.length) {
    ctx.err(`error: required flag(s) ${missing.join(", ")} not set\n`);
    return 1;
  }
  return node.run(new Kubectl(ctx, where, parsed.flags, parsed.args, parsed.dashAt, parsed.changed));
}

/** Tab completion for the shell: verbs and flags offline, resource types and names from the cluster when it answers. */
function completeArgs(words: string[], ctx: CommandContext): string[] {
  let api: { client: ReturnType<Kubectl["client"]>; namespace: string } | undefined;
  try {
    const nsAt = words.findIndex((w) => w === "-n" || w === "--namespace");
    const k = new Kubectl(ctx, "", nsAt >= 0 && words[nsAt + 1] ? { namespace: words[nsAt + 1] } : {}, [], -1);
    api = { client: k.client(), namespace: k.namespace };
  } catch {
    api = undefined;
  }
  // Flag values (`-n kube-system`) are not positionals for the completer.
  const rest = words.filter((w, i) => i === words.length - 1 || !(["-n", "--namespace", "--context", "-l", "--selector", "-o", "--output", "-f", "--filename", "-c", "--container"].includes(w) || ["-n", "--namespace", "--context", "-l", "--selector", "-o", "--output", "-f", "--filename", "-c", "--container"].includes(words[i - 1])));
  try {
    return completeKubectl(rest, api);
  } catch {
    return completeKubectl(rest);
  }
}

export const kubectl: Command = {
  name: "kubectl",
  usage: "kubectl COMMAND [args] [flags]",
  run: runKubectl,
  complete: completeArgs,
  session: containerSession,
};
