import { needsMoreInput } from "./parser/parser";

/**
 * Splits a script into the command lines a person would type: one per line, except that a line
 * opening a here-doc, a quote or a compound command (`if`, `for`, `while`, `case`, `{`, a function)
 * takes the following lines until it is complete. Blank lines and comments between commands drop out.
 */
export function splitCommands(script: string): string[] {
  const lines = script.split("\n");
  const out: string[] = [];
  let cmd: string | undefined;
  for (const line of lines) {
    if (cmd === undefined) {
      if (!line.trim() || line.trim().startsWith("#")) continue;
      cmd = line;
    } else cmd += "\n" + line;
    if (!needsMoreInput(cmd)) {
      out.push(cmd);
      cmd = undefined;
    }
  }
  if (cmd !== undefined) out.push(cmd);
  return out;
}
