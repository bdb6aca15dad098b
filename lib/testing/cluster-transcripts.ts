import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { Shell } from "../shell/shell";
import { parseTranscript } from "../shell/transcript";
import { allCommands } from "../toolbox";

/**
 * Registers one vitest suite per `*.txt` golden transcript in `dir`: each file runs in one fresh
 * default cluster, one hour after it was created, and every case must match exactly.
 */
export function clusterTranscriptSuites(tool: string, dir: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    describe(`${tool} transcript ${file}`, () => {
      const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
      env.advance(3_600_000);
      const shell = new Shell(env, { commands: allCommands });
      for (const c of parseTranscript(readFileSync(path.join(dir, file), "utf8"))) {
        it(c.title, () => {
          const r = shell.exec(c.script);
          expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
        });
      }
    });
  }
}
