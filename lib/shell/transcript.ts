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
