import { IncompleteInput } from "./ast";

export type Token = ({ type: "word"; raw: string } | { type: "op"; op: string } | { type: "newline" } | { type: "arith"; expr: string }) & {
  /** Whether blanks (or the start of input) come right before the token: `[[ x =~ a(b) ]]` glues the rest. */
  spaced?: boolean;
};

const OPERATORS = ["&&", "||", ";;", "<<<", "<<-", "<<", ">>", "&>", ">&", "2>&1", "|", ";", "&", "<", ">", "(", ")"];

/**
 * Splits input into words and operators, keeping quotes inside words (expansion needs them).
 * `$(...)` and backticks stay inside their word. Comments start at an unquoted `#` at word start.
 */
export function tokenize(input: string): Token[] {
  const list: Token[] = [];
  let wordStart = 0;
  const tokens = {
    push(t: Token) {
      const start = t.type === "word" ? wordStart : i;
      t.spaced = start === 0 || /\s/.test(input[start - 1]);
      list.push(t);
    },
  };
  let i = 0;
  let word = "";
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push({ type: "word", raw: word });
    word = "";
    inWord = false;
  };
  while (i < input.length) {
    const ch = input[i];
    if (!inWord) wordStart = i;
    if (ch === "\\") {
      if (input[i + 1] === "\n") {
        i += 2;
        continue;
      }
      word += input.slice(i, i + 2);
      inWord = true;
      i += 2;
      continue;
    }
    if (ch === "'") {
      const end = input.indexOf("'", i + 1);
      if (end < 0) throw new IncompleteInput("unexpected EOF while looking for matching `''");
      word += input.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < input.length && input[j] !== '"') {
        if (input[j] === "\\") j++;
        else if (input[j] === "$" && input[j + 1] === "(") j = skipParens(input, j + 1) - 1;
        j++;
      }
      if (j >= input.length) throw new IncompleteInput('unexpected EOF while looking for matching `"\'');
      word += input.slice(i, j + 1);
      inWord = true;
      i = j + 1;
      continue;
    }
    if (ch === "`") {
      const end = input.indexOf("`", i + 1);
      if (end < 0) throw new IncompleteInput("unexpected EOF while looking for matching ``'");
      word += input.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === "$" && (input[i + 1] === "(" || input[i + 1] === "{")) {
      const end = input[i + 1] === "(" ? skipParens(input, i + 1) : input.indexOf("}", i) + 1;
      if (end <= 0) throw new IncompleteInput("unexpected EOF while looking for matching `}'");
      word += input.slice(i, end);
      inWord = true;
      i = end;
      continue;
    }
    if (ch === "#" && !inWord) {
      while (i < input.length && input[i] !== "\n") i++;
      continue;
    }
    if (ch === "\n") {
      flush();
      tokens.push({ type: "newline" });
      i++;
      continue;
    }
    if (ch === " " || ch === "\t") {
      flush();
      i++;
      continue;
    }
    // `2>`, `2>>`, `1>` directly before a redirect operator belong to it.
    if (/[012]/.test(ch) && !inWord && (input[i + 1] === ">" || input[i + 1] === "<")) {
      if (input.startsWith("2>&1", i)) {
        tokens.push({ type: "op", op: "2>&1" });
        i += 4;
        continue;
      }
      const op = input[i + 2] === ">" ? ">>" : input[i + 1];
      tokens.push({ type: "op", op: `${ch}${op}` });
      i += 1 + op.length;
      continue;
    }
    // `<(list)` and `>(list)` are process substitutions: part of a word (even mid-word), expanded to a /dev/fd path.
    if ((ch === "<" || ch === ">") && input[i + 1] === "(") {
      const end = skipParens(input, i + 1);
      word += input.slice(i, end);
      inWord = true;
      i = end;
      continue;
    }
    // `((expr))` is an arithmetic command (or the header of `for ((...))`), not two subshells.
    if (ch === "(" && input[i + 1] === "(" && !inWord) {
      const end = skipParens(input, i);
      if (input[end - 2] === ")") {
        tokens.push({ type: "arith", expr: input.slice(i + 2, end - 2) });
        i = end;
        continue;
      }
    }
    const op = OPERATORS.find((o) => input.startsWith(o, i));
    if (op) {
      flush();
      tokens.push({ type: "op", op });
      i += op.length;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  flush();
  return list;
}

/** Index just past the `)` matching the `(` at `open`. */
export function skipParens(input: string, open: number): number {
  let depth = 0;
  for (let j = open; j < input.length; j++) {
    const c = input[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (c === "'") {
      const end = input.indexOf("'", j + 1);
      if (end < 0) break;
      j = end;
      continue;
    }
    if (c === "(") depth++;
    if (c === ")" && --depth === 0) return j + 1;
  }
  throw new IncompleteInput("unexpected EOF while looking for matching `)'");
}
