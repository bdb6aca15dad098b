import type { CommandContext } from "../types";
import { fsErrorText } from "../paths";

/** Reads each operand (or stdin for none or `-`), reporting missing files as coreutils does. */
export function readInputs(name: string, operands: string[], ctx: CommandContext, each: (text: string, label: string) => void): number {
  if (operands.length === 0) {
    each(ctx.stdin, "-");
    return 0;
  }
  let code = 0;
  for (const op of operands) {
    if (op === "-") {
      each(ctx.stdin, "-");
      continue;
    }
    try {
      each(ctx.host.fs.readFile(ctx.resolve(op)), op);
    } catch (e) {
      ctx.err(`${name}: ${op}: ${fsErrorText(e)}\n`);
      code = 1;
    }
  }
  return code;
}

/** Splits text into lines without the trailing empty element. */
export function lines(text: string): string[] {
  if (text === "") return [];
  const l = text.split("\n");
  if (l[l.length - 1] === "") l.pop();
  return l;
}
