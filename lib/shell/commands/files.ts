import type { Command } from "../types";
import { parseShort } from "./args";
import { fsErrorText } from "../paths";

/** mkdir, rm, touch, cp, mv: the file commands, worded as GNU coreutils. */

export const mkdir: Command = {
  name: "mkdir",
  usage: "mkdir [-p] DIRECTORY...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    if (!operands.length) {
      ctx.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const d of operands) {
      try {
        ctx.host.fs.mkdir(ctx.resolve(d), { recursive: flags.has("p") });
      } catch (e) {
        ctx.err(`mkdir: cannot create directory ‘${d}’: ${fsErrorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};

export const rm: Command = {
  name: "rm",
  usage: "rm [-rf] FILE...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    const recursive = flags.has("r") || flags.has("R");
    if (!operands.length) {
      if (flags.has("f")) return 0;
      ctx.err("rm: missing operand\nTry 'rm --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of operands) {
      const p = ctx.resolve(f);
      if (!ctx.host.fs.exists(p)) {
        if (!flags.has("f")) {
          ctx.err(`rm: cannot remove '${f}': No such file or directory\n`);
          code = 1;
        }
        continue;
      }
      if (ctx.host.fs.stat(p).type === "dir" && !recursive) {
        ctx.err(`rm: cannot remove '${f}': Is a directory\n`);
        code = 1;
        continue;
      }
      ctx.host.fs.remove(p, { recursive });
    }
    return code;
  },
};

export const touch: Command = {
  name: "touch",
  usage: "touch FILE...",
  run(argv, ctx) {
    const { operands } = parseShort(argv);
    if (!operands.length) {
      ctx.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of operands) {
      try {
        ctx.host.fs.writeFile(ctx.resolve(f), "", { append: true });
      } catch (e) {
        ctx.err(`touch: cannot touch '${f}': ${fsErrorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};

function copyOrMove(name: "cp" | "mv"): Command {
  return {
    name,
    usage: `${name} SOURCE... DEST`,
    run(argv, ctx) {
      const { flags, operands } = parseShort(argv);
      if (operands.length < 2) {
        ctx.err(operands.length ? `${name}: missing destination file operand after '${operands[0]}'\nTry '${name} --help' for more information.\n` : `${name}: missing file operand\nTry '${name} --help' for more information.\n`);
        return 1;
      }
      const dest = operands.pop()!;
      const destPath = ctx.resolve(dest);
      const destIsDir = ctx.host.fs.exists(destPath) && ctx.host.fs.stat(destPath).type === "dir";
      let code = 0;
      for (const src of operands) {
        const from = ctx.resolve(src);
        const to = destIsDir ? `${destPath}/${from.split("/").pop()}` : destPath;
        try {
          const st = ctx.host.fs.stat(from);
          if (name === "mv") ctx.host.fs.rename(from, to);
          else if (st.type === "dir") {
            if (!flags.has("r") && !flags.has("R") && !flags.has("a")) {
              ctx.err(`cp: -r not specified; omitting directory '${src}'\n`);
              code = 1;
              continue;
            }
            copyTree(ctx.host.fs, from, to);
          } else ctx.host.fs.writeFile(to, ctx.host.fs.readFile(from), { mode: st.mode });
        } catch (e) {
          ctx.err(`${name}: cannot stat '${src}': ${fsErrorText(e)}\n`);
          code = 1;
        }
      }
      return code;
    },
  };
}

function copyTree(fs: import("../../engine/host").FileSystem, from: string, to: string) {
  fs.mkdir(to, { recursive: true });
  for (const n of fs.readdir(from)) {
    const st = fs.stat(`${from}/${n}`);
    if (st.type === "dir") copyTree(fs, `${from}/${n}`, `${to}/${n}`);
    else fs.writeFile(`${to}/${n}`, fs.readFile(`${from}/${n}`), { mode: st.mode });
  }
}

export const cp = copyOrMove("cp");
export const mv = copyOrMove("mv");
