import type { Command, CommandContext } from "../types";
import { fsErrorText } from "../paths";

/** diff (GNU wording): normal output, -u/-U N unified output, -q; exit 0 same, 1 different, 2 trouble. */

type Op = { t: "=" | "-" | "+"; a: number; b: number };

const MAX_D = 4000;

/** Myers' shortest edit script over lines; deletions are preferred before insertions, as GNU diff prints them. */
export function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_D);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) {
    // Too different: replace everything.
    return [...a.map((_, i) => ({ t: "-" as const, a: i, b: 0 })), ...b.map((_, j) => ({ t: "+" as const, a: n, b: j }))];
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const px = vd[off + prevK];
    const py = px - prevK;
    while (x > px && y > py) ops.push({ t: "=", a: --x, b: --y });
    if (x === px) ops.push({ t: "+", a: x, b: --y });
    else ops.push({ t: "-", a: --x, b: y });
  }
  while (x > 0 && y > 0) ops.push({ t: "=", a: --x, b: --y });
  ops.reverse();
  // Within each changed run, deletions come before insertions.
  const out: Op[] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i].t === "=") {
      out.push(ops[i++]);
      continue;
    }
    const run: Op[] = [];
    while (i < ops.length && ops[i].t !== "=") run.push(ops[i++]);
    out.push(...run.filter((o) => o.t === "-"), ...run.filter((o) => o.t === "+"));
  }
  return out;
}

interface Block {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

function blocks(ops: Op[]): Block[] {
  const out: Block[] = [];
  let ai = 0;
  let bi = 0;
  for (let i = 0; i < ops.length; ) {
    if (ops[i].t === "=") {
      ai++;
      bi++;
      i++;
      continue;
    }
    const blk = { a0: ai, a1: ai, b0: bi, b1: bi };
    while (i < ops.length && ops[i].t !== "=") {
      if (ops[i].t === "-") blk.a1 = ++ai;
      else blk.b1 = ++bi;
      i++;
    }
    out.push(blk);
  }
  return out;
}

function split(text: string): { lines: string[]; noEol: boolean } {
  if (text === "") return { lines: [], noEol: false };
  const noEol = !text.endsWith("\n");
  const lines = (noEol ? text : text.slice(0, -1)).split("\n");
  return { lines, noEol };
}

const range = (lo: number, hi: number) => (hi - lo <= 1 ? String(hi === lo ? lo : hi) : `${lo + 1},${hi}`);

function normal(a: ReturnType<typeof split>, b: ReturnType<typeof split>, bl: Block[]): string {
  let out = "";
  const line = (mark: string, f: ReturnType<typeof split>, i: number) => `${mark} ${f.lines[i]}\n${i === f.lines.length - 1 && f.noEol ? "\\ No newline at end of file\n" : ""}`;
  for (const k of bl) {
    const kind = k.a1 === k.a0 ? "a" : k.b1 === k.b0 ? "d" : "c";
    out += `${kind === "a" ? k.a0 : range(k.a0, k.a1)}${kind}${kind === "d" ? k.b0 : range(k.b0, k.b1)}\n`;
    for (let i = k.a0; i < k.a1; i++) out += line("<", a, i);
    if (kind === "c") out += "---\n";
    for (let j = k.b0; j < k.b1; j++) out += line(">", b, j);
  }
  return out;
}

function unified(a: ReturnType<typeof split>, b: ReturnType<typeof split>, bl: Block[], ctxLines: number): string {
  let out = "";
  const hunks: Block[][] = [];
  for (const k of bl) {
    const last = hunks[hunks.length - 1];
    if (last && k.a0 - last[last.length - 1].a1 <= 2 * ctxLines) last.push(k);
    else hunks.push([k]);
  }
  const noEol = (f: ReturnType<typeof split>, i: number) => (i === f.lines.length - 1 && f.noEol ? "\\ No newline at end of file\n" : "");
  for (const h of hunks) {
    const first = h[0];
    const lastB = h[h.length - 1];
    const aStart = Math.max(0, first.a0 - ctxLines);
    const aEnd = Math.min(a.lines.length, lastB.a1 + ctxLines);
    const bStart = Math.max(0, first.b0 - ctxLines);
    const bEnd = Math.min(b.lines.length, lastB.b1 + ctxLines);
    const hdr = (s: number, e: number) => (e - s === 1 ? `${s + 1}` : e - s === 0 ? `${s},0` : `${s + 1},${e - s}`);
    out += `@@ -${hdr(aStart, aEnd)} +${hdr(bStart, bEnd)} @@\n`;
    let ai = aStart;
    for (const k of h) {
      for (; ai < k.a0; ai++) out += ` ${a.lines[ai]}\n${noEol(a, ai)}`;
      for (let i = k.a0; i < k.a1; i++) out += `-${a.lines[i]}\n${noEol(a, i)}`;
      for (let j = k.b0; j < k.b1; j++) out += `+${b.lines[j]}\n${noEol(b, j)}`;
      ai = k.a1;
    }
    for (; ai < aEnd; ai++) out += ` ${a.lines[ai]}\n${noEol(a, ai)}`;
  }
  return out;
}

function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p((ms % 1000) * 1_000_000, 9)} +0000`;
}

function read(ctx: CommandContext, name: string): { text: string; mtime: number } | string {
  if (name === "-") return { text: ctx.stdin, mtime: ctx.environment.clock.now() };
  try {
    const path = ctx.resolve(name);
    return { text: ctx.host.fs.readFile(path), mtime: ctx.host.fs.stat(path).mtimeMs };
  } catch (e) {
    return `diff: ${name}: ${fsErrorText(e)}\n`;
  }
}

export const diff: Command = {
  name: "diff",
  usage: "diff [-u] [-q] FILE1 FILE2",
  run(argv, ctx) {
    let unifiedCtx: number | undefined;
    let brief = false;
    const files: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-u" || a === "--unified") unifiedCtx = 3;
      else if (a === "-U") unifiedCtx = Number(argv[++i] ?? 3);
      else if (/^-U\d+$/.test(a) || /^-u\d+$/.test(a)) unifiedCtx = Number(a.slice(2));
      else if (a === "-q" || a === "--brief") brief = true;
      else if (a.startsWith("-") && a !== "-") {
        ctx.err(`diff: invalid option -- '${a.replace(/^-+/, "")[0]}'\ndiff: Try 'diff --help' for more information.\n`);
        return 2;
      } else files.push(a);
    }
    if (files.length < 2) {
      ctx.err(files.length === 0 ? "diff: missing operand after 'diff'\ndiff: Try 'diff --help' for more information.\n" : `diff: missing operand after '${files[0]}'\ndiff: Try 'diff --help' for more information.\n`);
      return 2;
    }
    if (files.length > 2) {
      ctx.err(`diff: extra operand '${files[2]}'\ndiff: Try 'diff --help' for more information.\n`);
      return 2;
    }
    const [fa, fb] = files.map((f) => read(ctx, f));
    if (typeof fa === "string" || typeof fb === "string") {
      ctx.err((typeof fa === "string" ? fa : "") + (typeof fb === "string" ? fb : ""));
      return 2;
    }
    if (fa.text === fb.text) return 0;
    if (brief) {
      ctx.out(`Files ${files[0]} and ${files[1]} differ\n`);
      return 1;
    }
    const a = split(fa.text);
    const b = split(fb.text);
    // A missing final newline is a difference of the last line.
    const al = a.noEol ? [...a.lines.slice(0, -1), a.lines[a.lines.length - 1] + "\u0000"] : a.lines;
    const blines = b.noEol ? [...b.lines.slice(0, -1), b.lines[b.lines.length - 1] + "\u0000"] : b.lines;
    const bl = blocks(editScript(al, blines));
    if (unifiedCtx !== undefined) ctx.out(`--- ${files[0]}\t${stamp(fa.mtime)}\n+++ ${files[1]}\t${stamp(fb.mtime)}\n` + unified(a, b, bl, unifiedCtx));
    else ctx.out(normal(a, b, bl));
    return 1;
  },
};

/** `diff -u` hunks between two texts (no file header), for callers such as `kubectl diff`. */
export function unifiedHunks(aText: string, bText: string, ctxLines = 3): string {
  const a = split(aText);
  const b = split(bText);
  return unified(a, b, blocks(editScript(a.lines, b.lines)), ctxLines);
}

/** GNU diff's timestamp in a `---`/`+++` header line. */
export const diffStamp = stamp;
