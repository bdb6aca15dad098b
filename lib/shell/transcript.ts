/**
 * Golden transcript files: cases of
 *
 *   #### title
 *   command lines (run as one script)
 *   ## STDOUT:
 *   expected stdout
 *   ## STDERR:        (optional)
 *   expected stderr
 *   ## EXIT: 1        (optional, default 0)
 *   ## END
 *
 * Each file runs in one session, so later cases see what earlier ones did.
 */
export interface TranscriptCase {
  title: string;
  script: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export function parseTranscript(text: string): TranscriptCase[] {
  const cases: TranscriptCase[] = [];
  const blocks = text.split(/^#### /m).slice(1);
  for (const block of blocks) {
    const nl = block.indexOf("\n");
    const title = block.slice(0, nl).trim();
    const body = block.slice(nl + 1);
    const end = body.lastIndexOf("## END");
    if (end < 0) throw new Error(`transcript case "${title}" has no ## END`);
    const sections = body.slice(0, end).split(/^## (STDOUT:|STDERR:|EXIT: \d+)\n?/m);
    const c: TranscriptCase = { title, script: sections[0].replace(/\n$/, ""), stdout: "", stderr: "", exit: 0 };
    for (let i = 1; i < sections.length; i += 2) {
      const head = sections[i];
      if (head === "STDOUT:") c.stdout = sections[i + 1];
      else if (head === "STDERR:") c.stderr = sections[i + 1];
      else c.exit = Number(head.slice(6));
    }
    cases.push(c);
  }
  return cases;
}

export interface TranscriptResult {
  stdout: string;
  stderr: string;
  exit: number;
}

/** The sections of one case as the file writes them: empty output (unless the case spells it out) and exit 0 are left out. */
function renderSections(r: TranscriptResult, title: string, keepEmptyStdout: boolean): string {
  const parts: [string, string][] = [];
  if (r.stdout || keepEmptyStdout) parts.push(["## STDOUT:\n", r.stdout]);
  if (r.stderr) parts.push(["## STDERR:\n", r.stderr]);
  let out = "";
  parts.forEach(([head, text], i) => {
    if (i < parts.length - 1 && text && !text.endsWith("\n")) throw new Error(`transcript case "${title}": output without a final newline can only be the last section`);
    out += head + text;
  });
  if (r.exit !== 0) {
    if (out && !out.endsWith("\n")) throw new Error(`transcript case "${title}": output without a final newline cannot precede ## EXIT`);
    out += `## EXIT: ${r.exit}\n`;
  }
  return `${out}## END`;
}

/**
 * The transcript file `text` with each case's expected sections replaced by `results[i]` (in case
 * order; undefined keeps a case as it is). Titles, scripts and the text between cases stay as written.
 */
export function rewriteTranscript(text: string, results: (TranscriptResult | undefined)[]): string {
  const blocks = text.split(/^#### /m);
  return blocks
    .map((block, i) => {
      if (i === 0) return block;
      const r = results[i - 1];
      if (!r) return block;
      const nl = block.indexOf("\n");
      const title = block.slice(0, nl).trim();
      const body = block.slice(nl + 1);
      const end = body.lastIndexOf("## END");
      const head = body.slice(0, end);
      const firstSection = head.search(/^## (STDOUT:|STDERR:|EXIT: \d+)/m);
      const script = firstSection < 0 ? head : head.slice(0, firstSection);
      return `${block.slice(0, nl + 1)}${script.endsWith("\n") || !script ? script : `${script}\n`}${renderSections(r, title, /^## STDOUT:/m.test(head))}${body.slice(end + "## END".length)}`;
    })
    .join("#### ");
}
