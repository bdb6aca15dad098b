import { needsMoreInput } from "@/lib/shell/parser/parser";

/**
 * The terminal's local line editing, kept free of xterm so it can be reasoned about on its own:
 * a line buffer with a cursor, history, and the escape sequences that redraw it.
 */
export class LineEditor {
  line = "";
  cursor = 0;
  private history: string[] = [];
  private historyIndex = 0;

  insert(text: string) {
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
  }

  backspace() {
    if (this.cursor === 0) return;
    this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
    this.cursor--;
  }

  deleteForward() {
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
  }

  left() {
    this.cursor = Math.max(0, this.cursor - 1);
  }

  right() {
    this.cursor = Math.min(this.line.length, this.cursor + 1);
  }

  home() {
    this.cursor = 0;
  }

  end() {
    this.cursor = this.line.length;
  }

  /** Ctrl+U / Ctrl+W style kills. */
  killToStart() {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
  }

  previous() {
    if (this.historyIndex === 0) return;
    this.historyIndex--;
    this.line = this.history[this.historyIndex];
    this.cursor = this.line.length;
  }

  next() {
    if (this.historyIndex >= this.history.length) return;
    this.historyIndex++;
    this.line = this.history[this.historyIndex] ?? "";
    this.cursor = this.line.length;
  }

  /** Replaces `line[start, end)` (a completed word) and puts the cursor after it. */
  replaceRange(start: number, end: number, text: string) {
    this.line = this.line.slice(0, start) + text + this.line.slice(end);
    this.cursor = start + text.length;
  }

  /** Takes the line for submission and records it in history. */
  take(): string {
    const l = this.line;
    if (l.trim()) this.history.push(l);
    this.historyIndex = this.history.length;
    this.line = "";
    this.cursor = 0;
    return l;
  }

  /** Escape sequence that redraws prompt + line and puts the cursor in place. */
  render(prompt: string): string {
    const back = this.line.length - this.cursor;
    return `\r${prompt}${this.line}\x1b[K${back > 0 ? `\x1b[${back}D` : ""}`;
  }
}

/** Whether typed text is unfinished (open here-doc, quote, `if`/`for`/`while`, trailing `|`): bash shows `> `. */
export function needsMoreLines(text: string): boolean {
  return needsMoreInput(text);
}

/** Candidates laid out in columns across the terminal width, as bash lists them on a second Tab. */
export function formatColumns(items: string[], width: number): string {
  if (items.length === 0) return "";
  const col = Math.max(...items.map((i) => i.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / col));
  const rows = Math.ceil(items.length / perRow);
  let out = "";
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) cells.push(item.padEnd(col));
    }
    out += cells.join("").trimEnd() + "\r\n";
  }
  return out;
}
