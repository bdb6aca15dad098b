/**
 * A port of Go's text/tabwriter layout (no escapes, no HTML filtering, left-aligned, space padding):
 * a column block is a run of consecutive lines that have a tab-terminated cell in that column;
 * its width is the widest cell plus padding (at least minwidth). Text after a line's last tab is
 * not part of any column.
 */
interface Cell {
  text: string;
}

export function goTabwriter(text: string, opts: { minwidth: number; padding: number }): string {
  const rawLines = text.split("\n");
  const trailingNewline = text.endsWith("\n");
  if (trailingNewline) rawLines.pop();
  const lines: Cell[][] = rawLines.map((l) => l.split("\t").map((t) => ({ text: t })));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i];
      let s = "";
      line.forEach((c, j) => {
        s += c.text;
        if (j < line.length - 1 && j < widths.length) s += " ".repeat(Math.max(0, widths[j] - c.text.length));
      });
      out.push(s);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= lines[cur].length - 1) continue;
      writeLines(line0, cur);
      line0 = cur;
      let width = opts.minwidth;
      for (; cur < line1; cur++) {
        const line = lines[cur];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].text.length + opts.padding);
      }
      widths.push(width);
      format(line0, cur);
      widths.pop();
      line0 = cur;
      cur--;
    }
    writeLines(line0, line1);
  };
  // Go's format loop continues scanning after a block without re-checking the block's end line.
  formatTop(lines.length);
  return out.join("\n") + (trailingNewline ? "\n" : "");

  function formatTop(n: number) {
    format(0, n);
  }
}
