/**
 * Records kubectl oracle cases from the real kubectl 1.32 binary with no API server listening.
 * Usage: npx tsx scripts/record-oracle.ts lib/kubectl/testdata/oracle-own.cmds > lib/kubectl/testdata/oracle-own.jsonl
 * Each command runs in a fresh copy of lib/kubectl/testdata/oracle-inputs (cwd /tmp/kubelab-oracle/work) with a
 * fresh kubeconfig (/tmp/kubelab-oracle/kubeconfig, from testdata/oracle-kubeconfig.yaml) and an empty HOME.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, realpathSync } from "node:fs";
import path from "node:path";

const ROOT = "/tmp/kubelab-oracle";
const testdata = path.resolve("lib/kubectl/testdata");
const real = path.join(path.dirname(realpathSync(execFileSync("which", ["kubectl"]).toString().trim())), "kubectl.1.32");

const cmds = readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
for (const cmd of cmds) {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(`${ROOT}/bin`, { recursive: true });
  mkdirSync(`${ROOT}/home`, { recursive: true });
  symlinkSync(real, `${ROOT}/bin/kubectl`);
  cpSync(path.join(testdata, "oracle-inputs"), `${ROOT}/work`, { recursive: true });
  writeFileSync(`${ROOT}/kubeconfig`, readFileSync(path.join(testdata, "oracle-kubeconfig.yaml")));
  const env = { PATH: `${ROOT}/bin:/usr/bin:/bin`, HOME: `${ROOT}/home`, KUBECONFIG: `${ROOT}/kubeconfig`, LANG: "C.UTF-8" } as unknown as NodeJS.ProcessEnv;
  const r = spawnSync("bash", ["-c", cmd], { cwd: `${ROOT}/work`, env, encoding: "utf8", timeout: 20000 });
  process.stdout.write(JSON.stringify({ cmd, stdout: r.stdout, stderr: r.stderr, exit: r.status }) + "\n");
}
