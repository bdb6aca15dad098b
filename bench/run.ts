// npm run bench: engine and command-line speed and memory, measured in-process.
// Targets (issues 3 and 4): create ≤ 20 ms, restore ≤ 10 ms, ≤ 1 MB per idle cluster, command p99 ≤ 5 ms.
import { ManualClock } from "../lib/engine/clock";
import { Rand } from "../lib/engine/rand";
import { createCluster, restoreCluster } from "../lib/engine/cluster";
import { Shell } from "../lib/shell/shell";
import { allCommands } from "../lib/toolbox";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const fresh = (seed = 1) => createCluster({ clock: new ManualClock(START), rand: new Rand(seed) });

function timeIt(n: number, fn: (i: number) => void): { median: number; p99: number; mean: number } {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(n / 2)], p99: samples[Math.floor(n * 0.99)], mean: samples.reduce((a, b) => a + b, 0) / n };
}

const gc = (globalThis as { gc?: () => void }).gc;
const results: Record<string, string> = {};
const ms = (x: number) => `${x.toFixed(2)} ms`;

for (let i = 0; i < 20; i++) fresh(i); // warm up the JIT
results["create default cluster (median of 200)"] = ms(timeIt(200, (i) => fresh(i)).median);

const snap = JSON.stringify(fresh().snapshot());
results["snapshot size"] = `${(snap.length / 1024).toFixed(0)} KiB`;
results["restore from snapshot (median of 200)"] = ms(timeIt(200, () => restoreCluster(JSON.parse(snap))).median);

if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const keep = Array.from({ length: 200 }, (_, i) => fresh(i));
  gc();
  results["heap per idle cluster (200 clusters)"] = `${((process.memoryUsage().heapUsed - before) / keep.length / 1024).toFixed(0)} KiB`;
} else results["heap per idle cluster"] = "run with node --expose-gc to measure";

const big = fresh();
const api = big.adminClient();
for (let i = 0; i < 300; i++) api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: `load-${i}` }, spec: { containers: [{ name: "c", image: "nginx" }] } });
big.advance(5000);
results["advance 1 s with 300 running pods (median of 50)"] = ms(timeIt(50, () => big.advance(1000)).median);

const env = fresh();
const shell = new Shell(env, { commands: allCommands });
shell.exec("kubectl run web --image=nginx; sleep 5");
shell.exec(`cat <<'EOF' > /root/cm.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: bench
data:
  a: "1"
EOF`);
const mixed = ["kubectl get pods -A", "kubectl describe pod web", "kubectl apply -f /root/cm.yaml", "kubectl get pod web -o yaml", "kubectl logs web"];
const cmd = timeIt(1000, (i) => shell.exec(mixed[i % mixed.length]));
results["1,000 mixed commands: median"] = ms(cmd.median);
results["1,000 mixed commands: p99"] = ms(cmd.p99);

const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
