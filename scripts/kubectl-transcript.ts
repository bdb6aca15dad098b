/**
 * Drafts a golden transcript: runs each `title|command` line of stdin in one session of a fresh default
 * cluster (as lib/kubectl/transcripts.test.ts does) and prints the cases. Review every case by hand
 * against facts.md / the real kubectl before committing it.
 */
import { readFileSync } from "node:fs";
import { ManualClock } from "../lib/engine/clock";
import { Rand } from "../lib/engine/rand";
import { createCluster } from "../lib/engine/cluster";
import { Shell } from "../lib/shell/shell";
import { allCommands } from "../lib/toolbox";

const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
env.advance(3_600_000);
const shell = new Shell(env, { commands: allCommands });
for (const line of readFileSync(0, "utf8").split("\n").filter((l) => l.includes("|"))) {
  const [title, ...rest] = line.split("|");
  const cmd = rest.join("|");
  const r = shell.exec(cmd);
  let out = `#### ${title}\n${cmd}\n`;
  if (r.stdout) out += `## STDOUT:\n${r.stdout}`;
  if (r.stderr) out += `## STDERR:\n${r.stderr}`;
  if (r.exitCode) out += `## EXIT: ${r.exitCode}\n`;
  process.stdout.write(`${out}## END\n\n`);
}
