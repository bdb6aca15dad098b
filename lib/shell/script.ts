/**
 * Splits a script into the command lines a person would type: one per line, except that a line
 * opening a here-doc takes the following lines up to its delimiter. Blank lines and comments drop out.
 */
export function splitCommands(script: string): string[] {
  const lines = script.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let cmd = lines[i];
    if (!cmd.trim() || cmd.trim().startsWith("#")) continue;
    const m = /<<-?\s*['"]?([A-Za-z_][\w-]*)['"]?/.exec(cmd);
    if (m) {
      const strip = /<<-/.test(cmd);
      while (i + 1 < lines.length) {
        const next = lines[++i];
        cmd += "\n" + next;
        if ((strip ? next.replace(/^\t+/, "") : next) === m[1]) break;
      }
    }
    out.push(cmd);
  }
  return out;
}
