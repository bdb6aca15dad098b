import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { ConnectionError, type Environment } from "../engine/environment";
import { Shell } from "../shell/shell";
import { allCommands } from "../toolbox";
import { PENDING } from "./testdata/oracle-pending";

/**
 * Replays cases recorded from the real kubectl 1.32.5 with no API server listening
 * (testdata/oracle-cases.jsonl from the research notes, testdata/oracle-own.jsonl from scripts/record-oracle.ts).
 * Help texts are ours (never copied), so for help output only the exit code and the stream are compared.
 */
interface Case {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const here = import.meta.dirname;
const inputs = path.join(here, "testdata", "oracle-inputs");

function files(dir: string, rel = ""): [string, string][] {
  return readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n), `${rel}${n}/`) : [[`${rel}${n}`, readFileSync(path.join(dir, n), "utf8")] as [string, string]]));
}

/** A cluster whose API server address has nothing listening, as in the recordings. */
function offline(): Environment {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 10, 23, 23, 5, 52)), rand: new Rand(7) });
  const o = Object.create(env) as Environment;
  (o as { dial: Environment["dial"] }).dial = (server: string) => {
    const u = new URL(server);
    throw new ConnectionError(`${u.hostname}:${u.port || "443"}`);
  };
  return o;
}

/** klog headers carry wall time and a pid; the simulation stamps its own clock and pid. */
const normalize = (s: string) => s.replace(/^([EWI])\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, "$1MMDD hh:mm:ss.uuuuuu PID ");

const isHelp = (c: Case) => /(^| )(--help|-h)( |$)/.test(c.cmd) || c.cmd === "kubectl" || c.cmd === "kubectl options" || /Use "kubectl (options|.*--help)"/.test(c.stdout + c.stderr);

function replay(file: string, kubeconfigPath: string) {
  const cases = readFileSync(path.join(here, "testdata", file), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Case);
  const kubeconfig = readFileSync(path.join(here, "testdata", "oracle-kubeconfig.yaml"), "utf8");
  const root = path.dirname(kubeconfigPath);
  describe(`oracle ${file}`, () => {
    for (const c of cases) {
      const pending = process.env.ORACLE_ALL ? undefined : PENDING[c.cmd];
      (pending ? it.skip : it)(c.cmd, () => {
        const env = offline();
        const host = env.host(env.startHost)!;
        host.fs.mkdir(`${root}/work`, { recursive: true });
        for (const [rel, text] of files(inputs)) {
          host.fs.mkdir(path.posix.dirname(`${root}/work/${rel}`), { recursive: true });
          host.fs.writeFile(`${root}/work/${rel}`, text);
        }
        host.fs.writeFile(kubeconfigPath, kubeconfig);
        const shell = new Shell(env, { commands: allCommands });
        shell.exec(`export KUBECONFIG=${kubeconfigPath}; cd ${root}/work`);
        const r = shell.exec(c.cmd);
        if (isHelp(c)) {
          expect({ exit: r.exitCode, stdout: r.stdout !== "", stderr: r.stderr !== "" }).toEqual({ exit: c.exit, stdout: c.stdout !== "", stderr: c.stderr !== "" });
        } else {
          expect({ stdout: r.stdout, stderr: normalize(r.stderr), exit: r.exitCode }).toEqual({ stdout: c.stdout, stderr: normalize(c.stderr), exit: c.exit });
        }
      });
    }
  });
}

replay("oracle-cases.jsonl", "/tmp/research/oracle/kubeconfig-tmp");
replay("oracle-own.jsonl", "/tmp/kubelab-oracle/kubeconfig");
