import { afterAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { Shell } from "../shell/shell";
import { parseTranscript, rewriteTranscript, type TranscriptResult } from "../shell/transcript";
import type { Command } from "../shell/types";
import { allCommands } from "../toolbox";

export interface TranscriptSuiteOptions {
  /** The commands the session's shell has (default: every tool). */
  commands?: Command[];
  /** How long the cluster runs before the first case (default one hour). */
  advanceMs?: number;
}

/** UPDATE_GOLDEN=1 rewrites each file's expected sections with what the session printed. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/**
 * Registers one vitest suite per `*.txt` golden transcript in `dir`: each file runs in one fresh
 * default cluster (seed 1, created 2026-01-01 09:00 UTC), and every case must match exactly.
 * With UPDATE_GOLDEN=1 the cases record instead; review the diff before committing it.
 */
export function clusterTranscriptSuites(tool: string, dir: string, options: TranscriptSuiteOptions = {}): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    describe(`${tool} transcript ${file}`, () => {
      const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
      const warmUp = options.advanceMs ?? 3_600_000;
      if (warmUp) env.advance(warmUp);
      const shell = new Shell(env, { commands: options.commands ?? allCommands });
      const filePath = path.join(dir, file);
      const text = readFileSync(filePath, "utf8");
      const results: (TranscriptResult | undefined)[] = [];
      parseTranscript(text).forEach((c, i) => {
        it(c.title, () => {
          const r = shell.exec(c.script);
          const actual = { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
          results[i] = actual;
          if (!UPDATE) expect(actual).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
        });
      });
      if (UPDATE) afterAll(() => writeFileSync(filePath, rewriteTranscript(text, results)));
    });
  }
}
