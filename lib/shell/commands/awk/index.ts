import type { Command } from "../../types";
import { fsErrorText } from "../../paths";
import { AwkSyntaxError, unescapeAwk } from "./lexer";
import { parseAwk, type Program } from "./parser";
import { AwkFatal, AwkMachine, StrNum } from "./interp";
import { lines } from "../io";

/** gawk's usage text, printed for a missing program or a bad option. */
const USAGE = "Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] 'program' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\t-f progfile\t\t--file=progfile\n\t-F fs\t\t\t--field-separator=fs\n\t-v var=val\t\t--assign=var=val\nShort options:\t\tGNU long options: (extensions)\n\t-b\t\t\t--characters-as-bytes\n\t-c\t\t\t--traditional\n\t-C\t\t\t--copyright\n\t-d[file]\t\t--dump-variables[=file]\n\t-D[file]\t\t--debug[=file]\n\t-e 'program-text'\t--source='program-text'\n\t-E file\t\t\t--exec=file\n\t-g\t\t\t--gen-pot\n\t-h\t\t\t--help\n\t-i includefile\t\t--include=includefile\n\t-I\t\t\t--trace\n\t-l library\t\t--load=library\n\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n\t-M\t\t\t--bignum\n\t-N\t\t\t--use-lc-numeric\n\t-n\t\t\t--non-decimal-data\n\t-o[file]\t\t--pretty-print[=file]\n\t-O\t\t\t--optimize\n\t-p[file]\t\t--profile[=file]\n\t-P\t\t\t--posix\n\t-r\t\t\t--re-interval\n\t-s\t\t\t--no-optimize\n\t-S\t\t\t--sandbox\n\t-t\t\t\t--lint-old\n\t-V\t\t\t--version\n\nTo report bugs, use the `gawkbug' program.\nFor full instructions, see the node `Bugs' in `gawk.info'\nwhich is section `Reporting Problems and Bugs' in the\nprinted version.  This same information may be found at\nhttps://www.gnu.org/software/gawk/manual/html_node/Bugs.html.\nPLEASE do NOT try to report bugs by posting in comp.lang.awk,\nor by using a web forum such as Stack Overflow.\n\ngawk is a pattern scanning and processing language.\nBy default it reads standard input and writes standard output.\n\nExamples:\n\tawk '{ sum += $1 }; END { print sum }' file\n\tawk -F: '{ print $1 }' /etc/passwd\n";

function syntaxError(src: string, e: AwkSyntaxError): string {
  const before = src.slice(0, e.pos);
  const lineNo = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = src.indexOf("\n", lineStart);
  const text = src.slice(lineStart, lineEnd < 0 ? src.length : lineEnd);
  const where = `awk: cmd. line:${lineNo}:`;
  return `${where} ${text}\n${where} ${" ".repeat(e.pos - lineStart)}^ ${e.why}\n`;
}

/** awk (gawk's wording): -F, -v, -f, patterns and actions, BEGIN/END, fields, arrays, printf, the string functions. */
export const awk: Command = {
  name: "awk",
  usage: "awk [-F fs] [-v var=value] 'program' [file ...]",
  run(argv, ctx) {
    let fs: string | undefined;
    const assigns: [string, string][] = [];
    let src: string | undefined;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        i++;
        break;
      }
      if (!a.startsWith("-") || a === "-") break;
      const flag = a[1];
      if (flag === "F" || flag === "v" || flag === "f") {
        const val = a.length > 2 ? a.slice(2) : argv[++i];
        if (val === undefined) {
          ctx.err(`awk: option requires an argument -- ${flag}\n${USAGE}`);
          return 1;
        }
        if (flag === "F") fs = val === "t" ? "\t" : unescapeAwk(val);
        else if (flag === "v") {
          const eq = val.indexOf("=");
          if (eq < 1) {
            ctx.err(`awk: fatal: \`${val}' is not a legal variable name\n`);
            return 2;
          }
          assigns.push([val.slice(0, eq), unescapeAwk(val.slice(eq + 1))]);
        } else {
          try {
            src = (src ?? "") + ctx.host.fs.readFile(ctx.resolve(val));
          } catch (e) {
            ctx.err(`awk: fatal: cannot open source file \`${val}' for reading: ${fsErrorText(e)}\n`);
            return 2;
          }
        }
        continue;
      }
      ctx.err(`awk: invalid option -- '${flag}'\n${USAGE}`);
      return 1;
    }
    if (src === undefined) {
      if (i >= argv.length) {
        ctx.err(USAGE);
        return 1;
      }
      src = argv[i++];
    }
    let prog: Program;
    try {
      prog = parseAwk(src);
    } catch (e) {
      if (!(e instanceof AwkSyntaxError)) throw e;
      ctx.err(syntaxError(src, e));
      return 1;
    }
    let out = "";
    const m = new AwkMachine(prog, {
      out: (t) => (out += t),
      write: (path, text, append) => ctx.host.fs.writeFile(ctx.resolve(path), text, { append }),
    });
    if (fs !== undefined) m.set("FS", fs);
    for (const [k, v] of assigns) m.set(k, new StrNum(v));
    const env = m.array("ENVIRON");
    for (const [k, v] of Object.entries(ctx.env)) env.set(k, v);
    const operands = argv.slice(i);
    let where = "";
    let code = 0;
    try {
      if (m.begin()) {
        const inputs = operands.filter((o) => !/^[A-Za-z_]\w*=/.test(o));
        if (inputs.length === 0) operands.push("-");
        outer: for (const op of operands) {
          const assign = /^([A-Za-z_]\w*)=(.*)$/s.exec(op);
          if (assign) {
            m.set(assign[1], new StrNum(unescapeAwk(assign[2])));
            continue;
          }
          let text: string;
          if (op === "-") text = ctx.stdin;
          else {
            try {
              text = ctx.host.fs.readFile(ctx.resolve(op));
            } catch (e) {
              ctx.out(out);
              out = "";
              ctx.err(`awk: ${where ? "cmd. line:1: " : ""}fatal: cannot open file \`${op}' for reading: ${fsErrorText(e)}\n`);
              code = 2;
              break;
            }
          }
          m.set("FILENAME", op === "-" ? "" : op);
          m.set("FNR", 0);
          for (const line of lines(text)) {
            where = `(FILENAME=${op} FNR=${Number(m.get("FNR")) + 1}) `;
            if (!m.record(line)) break outer;
          }
        }
      }
      if (code === 0) m.end();
    } catch (e) {
      if (!(e instanceof AwkFatal)) throw e;
      ctx.out(out);
      ctx.err(`awk: cmd. line:1: ${where}${e.message}\n`);
      return 2;
    }
    ctx.out(out);
    return code || m.exitCode;
  },
};
