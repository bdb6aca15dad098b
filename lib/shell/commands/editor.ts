import type { Command } from "../types";

/** vi, vim and nano open the file in the workspace's YAML editor. */
function editor(name: string): Command {
  return {
    name,
    usage: `${name} FILE`,
    run(argv, ctx) {
      const file = argv.slice(1).find((a) => !a.startsWith("-") && !a.startsWith("+"));
      if (!file) {
        ctx.err(`${name}: a file name is required here (the editor opens files in the editor panel)\n`);
        return 1;
      }
      if (!ctx.openEditor) {
        ctx.err(`${name}: no editor in scripted mode; write the file with a here-doc: cat <<'EOF' > ${file}\n`);
        return 1;
      }
      ctx.openEditor({ host: ctx.host.name, path: ctx.resolve(file) });
      ctx.out(`Opening ${file} in the editor (Ctrl+S saves it on ${ctx.host.name}).\n`);
      return 0;
    },
  };
}

export const vi = editor("vi");
export const vim = editor("vim");
export const nano = editor("nano");
