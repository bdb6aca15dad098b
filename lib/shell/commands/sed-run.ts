import type { Addr, Cmd } from "./sed-script";

/** Runs parsed sed commands over input lines: addresses and ranges, pattern and hold space, output. */

function substitute(template: string, m: RegExpExecArray): string {
  return template.replace(/\\(\d)|\\n|\\t|\\&|\\\\|&/g, (t, d) => (t === "&" ? m[0] : t === "\\&" ? "&" : t === "\\n" ? "\n" : t === "\\t" ? "\t" : t === "\\\\" ? "\\" : (m[Number(d)] ?? "")));
}

export function runSed(input: string[], cmds: Cmd[], quiet: boolean): string {
  let out = "";
  const ranges = new Map<number, boolean>();
  let hold = "";
  let quit = false;
  const matchAddr = (a: Addr, line: string, n: number, last: boolean) => ("line" in a ? a.line === n : "last" in a ? last : ((a.re.lastIndex = 0), a.re.test(line)));
  const selected = (c: Cmd, line: string, n: number, last: boolean): boolean => {
    let hit: boolean;
    if (!c.a1) hit = true;
    else if (!c.a2) hit = matchAddr(c.a1, line, n, last);
    else if (ranges.get(c.id)) {
      hit = true;
      const end = "line" in c.a2 ? n >= c.a2.line : matchAddr(c.a2, line, n, last);
      if (end) ranges.set(c.id, false);
    } else if (matchAddr(c.a1, line, n, last)) {
      hit = true;
      const endsNow = "line" in c.a2 ? c.a2.line <= n : "last" in c.a2 ? last : false;
      ranges.set(c.id, !endsNow);
    } else hit = false;
    return hit !== c.neg;
  };
  for (let idx = 0; idx < input.length && !quit; idx++) {
    let line = input[idx];
    const n = idx + 1;
    const last = idx === input.length - 1;
    let append = "";
    let deleted = false;
    const exec = (list: Cmd[]): boolean => {
      for (const c of list) {
        if (!selected(c, line, n, last)) continue;
        switch (c.op) {
          case "{":
            if (!exec(c.block!)) return false;
            break;
          case "p":
            out += line + "\n";
            break;
          case "d":
            deleted = true;
            return false;
          case "q":
            quit = true;
            return false;
          case "=":
            out += `${n}\n`;
            break;
          case "a":
            append += c.text + "\n";
            break;
          case "i":
            out += c.text + "\n";
            break;
          case "c":
            deleted = true;
            if (!c.a2 || !ranges.get(c.id) || c.neg) out += c.text + "\n";
            return false;
          case "h":
            hold = line;
            break;
          case "H":
            hold += "\n" + line;
            break;
          case "g":
            line = hold;
            break;
          case "G":
            line += "\n" + hold;
            break;
          case "x":
            [line, hold] = [hold, line];
            break;
          case "y":
            line = [...line].map((ch) => (c.from!.includes(ch) ? c.to![c.from!.indexOf(ch)] : ch)).join("");
            break;
          case "s": {
            let count = 0;
            let changed = false;
            const re = c.re!;
            re.lastIndex = 0;
            line = line.replace(re, (...args) => {
              const m = args.slice(0, -2) as unknown as RegExpExecArray;
              count++;
              if (c.nth ? count === c.nth || (c.global && count > c.nth) : c.global || count === 1) {
                changed = true;
                return substitute(c.replacement!, m);
              }
              return m[0];
            });
            if (changed && c.print) out += line + "\n";
            break;
          }
        }
      }
      return true;
    };
    exec(cmds);
    if (!deleted && !quiet) out += line + "\n";
    if (quit && !deleted && quiet) {
      /* q prints nothing more with -n */
    }
    out += append;
  }
  return out;
}
