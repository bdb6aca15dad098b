import { ManualClock } from "../lib/engine/clock";
import { Rand } from "../lib/engine/rand";
import { createCluster } from "../lib/engine/cluster";
import { Shell } from "../lib/shell/shell";
import { allCommands } from "../lib/toolbox";
const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
env.advance(3_600_000);
const shell = new Shell(env, { commands: allCommands });
for (const line of process.argv.slice(2)) { const r = shell.exec(line); process.stdout.write(`$ ${line}\n${r.stdout}--stderr--\n${r.stderr}[exit ${r.exitCode}]\n`); }
