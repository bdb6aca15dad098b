/**
 * kubectl's table layout (Go text/tabwriter, minwidth 6, padding 3): every column but the last is
 * as wide as its longest cell plus 3, at least 6; the last column is not padded.
 */
export function renderTable(rows: string[][], opts: { minWidth?: number; padding?: number } = {}): string {
  const minWidth = opts.minWidth ?? 6;
  const padding = opts.padding ?? 3;
  if (rows.length === 0) return "";
  const cols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < cols - 1; c++) widths[c] = Math.max(minWidth, ...rows.map((r) => (r[c] ?? "").length + padding));
  return rows.map((r) => r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]) : cell)).join("") + "\n").join("");
}
