import type { Command } from "../types";

/** printf as the bash builtin: the format is reused while arguments remain; bad numbers warn and count as their leading digits. */

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", "\\": "\\", '"': '"', a: "\x07", b: "\b", f: "\f", r: "\r", v: "\v", e: "\x1b", "'": "'" };

/** Backslash escapes of the format string (and of `%b` arguments). Returns the text and whether `\c` stopped output. */
export function unescape(s: string, bAll = false): { text: string; stop: boolean } {
  let text = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\" || i + 1 >= s.length) {
      text += s[i];
      continue;
    }
    const c = s[++i];
    if (ESCAPES[c] !== undefined) text += ESCAPES[c];
    else if (c === "c" && bAll) return { text, stop: true };
    else if (/[0-7]/.test(c) || (c === "0" && bAll)) {
      const m = /^[0-7]{1,3}/.exec(s.slice(bAll && c === "0" ? i + 1 : i))!;
      text += String.fromCharCode(parseInt(m[0] || "0", 8));
      i += m[0].length - (bAll && c === "0" ? 0 : 1);
    } else if (c === "x" && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))!;
      text += String.fromCharCode(parseInt(m[0], 16));
      i += m[0].length;
    } else text += "\\" + c;
  }
  return { text, stop: false };
}

function shellQuote(s: string): string {
  if (s === "") return "''";
  return s.replace(/[^\w@%+=:,./-]/g, "\\$&");
}

export function formatPrintf(format: string, args: string[], warn: (msg: string) => void): { text: string } {
  let out = "";
  let ai = 0;
  const next = () => (ai < args.length ? args[ai++] : undefined);
  const num = (a: string | undefined, float = false): number => {
    if (a === undefined || a === "") return 0;
    if (/^['"]/.test(a)) return a.length > 1 ? a.codePointAt(1)! : 0;
    const t = a.trim();
    if (float ? /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) : /^[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(t)) return float ? Number(t) : t.replace(/^[-+]/, "").startsWith("0") && !/^[-+]?0[xX]/.test(t) ? parseInt(t, 8) : Number(t.replace(/^\+/, ""));
    warn(`${a}: invalid number`);
    const lead = /^[-+]?\d+(\.\d+)?/.exec(t);
    return lead ? (float ? Number(lead[0]) : Math.trunc(Number(lead[0]))) : 0;
  };
  for (let pass = 0; ; pass++) {
    const before = ai;
    let i = 0;
    while (i < format.length) {
      const c = format[i];
      if (c === "\\") {
        const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(format.slice(i))!;
        out += unescape(m[0]).text;
        i += m[0].length;
        continue;
      }
      if (c !== "%") {
        out += c;
        i++;
        continue;
      }
      const m = /^%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXfFeEgGcsbq%])/.exec(format.slice(i));
      if (!m) {
        const spec = /^%[-+ 0#]*\d*(?:\.\d*)?(.?)/.exec(format.slice(i))![0];
        warn(`\`${spec}': missing format character`);
        return { text: out };
      }
      i += m[0].length;
      const [, flags, w, p, conv] = m;
      if (conv === "%") {
        out += "%";
        continue;
      }
      const width = w === "*" ? num(next()) : w ? Number(w) : 0;
      const prec = p === "*" ? num(next()) : p !== undefined ? Number(p || 0) : undefined;
      const arg = next();
      let s: string;
      switch (conv) {
        case "s":
          s = arg ?? "";
          if (prec !== undefined) s = s.slice(0, prec);
          break;
        case "b": {
          const u = unescape(arg ?? "", true);
          s = u.text;
          if (u.stop) return { text: out + s };
          break;
        }
        case "q":
          s = shellQuote(arg ?? "");
          break;
        case "c":
          s = (arg ?? "").charAt(0);
          break;
        case "d":
        case "i":
        case "u": {
          const v = num(arg);
          s = String(Math.abs(v));
          if (prec !== undefined) s = s.padStart(prec, "0");
          s = (v < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + s;
          break;
        }
        case "o":
        case "x":
        case "X": {
          const v = num(arg);
          s = Math.abs(v).toString(conv === "o" ? 8 : 16);
          if (conv === "X") s = s.toUpperCase();
          if (prec !== undefined) s = s.padStart(prec, "0");
          if (flags.includes("#") && v !== 0) s = (conv === "o" ? "0" : conv === "x" ? "0x" : "0X") + s;
          break;
        }
        default: {
          const v = num(arg, true);
          const pr = prec ?? 6;
          s = conv === "e" || conv === "E" ? v.toExponential(pr).replace(/e([-+])(\d)$/, "e$10$2") : conv === "g" || conv === "G" ? String(Number(v.toPrecision(pr || 1))) : v.toFixed(pr);
          if (conv === "E" || conv === "G") s = s.toUpperCase();
          if (v >= 0 && flags.includes("+")) s = "+" + s;
        }
      }
      if (s.length < width) {
        if (flags.includes("-")) s = s.padEnd(width);
        else if (flags.includes("0") && /[diouxXfFeEgG]/.test(conv) && prec === undefined) {
          const sign = /^[-+ ]/.test(s) ? s[0] : "";
          s = sign + s.slice(sign.length).padStart(width - sign.length, "0");
        } else s = s.padStart(width);
      }
      out += s;
    }
    if (ai >= args.length || ai === before || pass > 10_000) break;
  }
  return { text: out };
}

export const printf: Command = {
  name: "printf",
  usage: "printf [-v var] FORMAT [ARGUMENT]...",
  run(argv, ctx) {
    let args = argv.slice(1);
    let target: string | undefined;
    if (args[0] === "-v") {
      target = args[1];
      args = args.slice(2);
    }
    if (args[0] === "--") args = args.slice(1);
    if (args.length === 0) {
      ctx.err("printf: usage: printf [-v var] format [arguments]\n");
      return 2;
    }
    let code = 0;
    const { text } = formatPrintf(args[0], args.slice(1), (msg) => {
      ctx.err(`bash: printf: ${msg}\n`);
      code = 1;
    });
    if (target) ctx.shell.setVar(target, text);
    else ctx.out(text);
    return code;
  },
};
