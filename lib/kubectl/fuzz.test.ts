import { describe, expect, it } from "vitest";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { ConnectionError, type Environment } from "../engine/environment";
import type { CommandContext } from "../shell/types";
import { runKubectl } from "./index";

/**
 * Feeds random and mutated kubectl command lines to the flag parser and command tree with no API server
 * listening: nothing may throw, every run ends with an exit code, and every error is worded like kubectl's.
 */
const VERBS = ["get", "describe", "create", "run", "delete", "apply", "label", "annotate", "scale", "set", "rollout", "expose", "logs", "exec", "config", "version", "taint", "drain", "cordon", "patch", "wait", "auth", "top", "kustomize", "edit", "replace", "foo", "cp"];
const WORDS = ["pods", "deploy", "web", "svc", "deployment", "secret", "generic", "tls", "configmap", "cm", "status", "history", "undo", "image", "env", "view", "use-context", "node01", "nginx", "a=b", "x-", "can-i", "--", "sleep", "3600", "nodes", "clusterip", "ns"];
const FLAGS = ["-n", "-nprod", "--namespace=dev", "-o", "-oyaml", "-o=json", "--output", "-A", "--all-namespaces=maybe", "--image=nginx", "--image", "--replicas=x", "--replicas=2", "-r", "--dry-run", "--dry-run=client", "--dry-run=bogus", "-l", "app=web", "--selector=app=web", "--port=80", "--foo", "-x", "-it", "--rm", "-h", "--from-literal=k=v", "--tcp=80:8080", "--overwrite", "--local", "-f", "pod.yaml", "--", "--to-revision=1", "--for=delete", "-c", "--tail=5"];
const ERROR_START = /^(error: |Error from server|[EWI]\d{4} \d\d:\d\d:\d\d\.\d{6} |Warning: |The connection to the server |You must specify the type|Unable to connect|# Warning|Defaulted container|kubectl exec \[POD\] \[COMMAND\] is DEPRECATED|If you don't see a command prompt)/;

function offline(): Environment {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1)), rand: new Rand(3) });
  const o = Object.create(env) as Environment;
  (o as { dial: Environment["dial"] }).dial = () => {
    throw new ConnectionError("172.30.1.2:6443");
  };
  return o;
}

describe("kubectl fuzz", () => {
  it("survives 20,000 random command lines", () => {
    const env = offline();
    const host = env.host(env.startHost)!;
    host.fs.writeFile("/root/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n");
    const rand = new Rand(42);
    const pick = <T,>(xs: T[]) => xs[rand.int(xs.length)];
    for (let i = 0; i < 20000; i++) {
      const argv = ["kubectl"];
      if (rand.int(10) > 0) argv.push(pick(VERBS));
      for (let j = rand.int(6); j > 0; j--) argv.push(rand.int(2) ? pick(WORDS) : pick(FLAGS));
      if (rand.int(20) === 0) argv.splice(1 + rand.int(argv.length), 0, pick(WORDS).slice(0, rand.int(4)));
      let out = "";
      let err = "";
      const ctx = {
        stdin: "",
        env: { HOME: "/root" },
        cwd: "/root",
        host,
        user: "root",
        environment: env,
        out: (t: string) => (out += t),
        err: (t: string) => (err += t),
        resolve: (p: string) => (p.startsWith("/") ? p : `/root/${p}`),
        run: () => ({ stdout: "", stderr: "", exitCode: 0 }),
        shell: {} as CommandContext["shell"],
      } as CommandContext;
      let code: number;
      try {
        code = runKubectl(argv, ctx);
      } catch (e) {
        throw new Error(`${argv.join(" ")} threw ${(e as Error).stack}`);
      }
      expect(Number.isInteger(code), argv.join(" ")).toBe(true);
      if (err && !err.includes("Available Commands:")) expect(err.split("\n")[0], argv.join(" ")).toMatch(ERROR_START);
      void out;
    }
  }, 120_000);
});
