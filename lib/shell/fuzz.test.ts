import { describe, expect, it } from "vitest";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { Shell } from "./shell";
import { coreutils } from "./commands";
import { parse } from "./parser/parser";
import { IncompleteInput, ShellSyntaxError } from "./parser/ast";

/** Real exam-style command lines: the seeds the fuzzer mutates. */
const CORPUS = [
  `cat /etc/kubernetes/manifests/kube-apiserver.yaml | grep -e --etcd-servers -e --secure-port`,
  `for f in /etc/kubernetes/manifests/*.yaml; do echo "$f: $(grep -c image: $f)"; done`,
  `if [ -f /var/lib/kubelet/config.yaml ]; then awk '/staticPodPath/ {print $2}' /var/lib/kubelet/config.yaml; else echo missing; fi`,
  `ps aux | grep kube-apiserver | grep -v grep | tr ' ' '\\n' | grep -- --service-cluster-ip-range`,
  `ss -tlnp | awk 'NR>1 {split($4, a, ":"); print a[length(a)]}' | sort -n | uniq`,
  `crictl ps -a | awk '$4 != "Running" {print $1, $5}'`,
  `crictl inspect $(crictl ps --name etcd -q) | jq -r '.info.pid'`,
  `echo '{"items":[{"metadata":{"name":"a"}}]}' | jq -r '.items[].metadata.name'`,
  `sed -i.bak 's/replicas: 1/replicas: 3/' /tmp/deploy.yaml; diff -u /tmp/deploy.yaml.bak /tmp/deploy.yaml`,
  `find /etc/kubernetes -name '*.conf' -type f -exec grep -l server {} \\;`,
  `while read line; do n=$((n+1)); done < /etc/kubernetes/manifests/etcd.yaml; echo $n`,
  `case "$(hostname)" in control*) echo cp;; node*) echo worker;; *) echo other;; esac`,
  `x=\${UNSET:-default}; echo "\${x^^} \${#x} \${x/def/DEF} \${x:2:3}"`,
  `f() { local a=$1; shift; echo "$a $# $@"; return 2; }; f one two three; echo $?`,
  `cat <<EOF > /tmp/pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: $USER\nEOF\ncat /tmp/pod.yaml | wc -l`,
  `printf '%s\\t%d\\n' a 1 b 2 | sort -t$'\\t' -k2,2nr | cut -f1`,
  `journalctl -u kubelet -n 20 --no-pager | grep -i error || echo none`,
  `systemctl status kubelet --no-pager; systemctl is-active containerd && echo ok`,
  `ip route | awk '/default/ {print $3}'; ip -br a`,
  `(cd /etc && ls) | head -3; [[ -d /etc/kubernetes && ! -e /nope ]] && echo both`,
  `for ((i=0; i<5; i++)); do [ $((i % 2)) -eq 0 ] && continue; echo $i; done`,
  `echo {a,b}{1..3} | tr ' ' '\\n' | sort -r | head -2`,
  `k get pods -A -o wide | awk '{print $8}' | sort | uniq -c | sort -rn`,
  `export KUBECONFIG=/etc/kubernetes/admin.conf; env | grep KUBE; unset KUBECONFIG`,
  `base64 -d <<< 'aGVsbG8=' ; echo; echo hello | base64`,
  `seq 1 10 | paste -sd+ | bc 2>/dev/null || seq 1 10 | awk '{s+=$1} END {print s}'`,
  `watch -n 2 "ps -ef | grep kubelet | head -1"`,
];

const NOISE = ["'", '"', "$", "(", ")", "{", "}", "[", "]", "|", ";", "&", "<", ">", "\\", "`", "\n", "#", "*", "?", "!", "~", "=", " ", "((", "))", "[[", "]]", "<<", "${", "$((", "fi", "done", "then", "esac", ";;", "do"];

function mutate(line: string, r: Rand): string {
  const pos = () => r.int(line.length + 1);
  switch (r.int(7)) {
    case 0:
      return line.replace(/['"]/g, (q) => (r.int(2) ? "" : q));
    case 1:
      return line.slice(0, pos());
    case 2: {
      const at = pos();
      return line.slice(0, at) + NOISE[r.int(NOISE.length)] + line.slice(at);
    }
    case 3: {
      const a = pos();
      const b = pos();
      return line.slice(0, Math.min(a, b)) + line.slice(Math.max(a, b));
    }
    case 4: {
      let out = "";
      for (let i = 0; i < 1 + r.int(30); i++) out += NOISE[r.int(NOISE.length)];
      return out;
    }
    case 5: {
      const a = pos();
      return line.slice(0, a) + line.slice(a, a + 20) + line.slice(a);
    }
    default: {
      let out = "";
      for (let i = 0; i < r.int(40); i++) out += String.fromCharCode(32 + r.int(95));
      return out;
    }
  }
}

/** Symptoms of an internal failure leaking into what the learner sees. */
const LEAKS = /undefined|NaN|\[object Object\]|TypeError|RangeError|Cannot read prop|is not a function|Maximum call stack/;

describe("shell fuzz", () => {
  it("survives 20k random and mutated command lines: no throw, no hang, bash-worded errors", () => {
    const rand = new Rand(20260101);
    const fresh = () => new Shell(createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9)), rand: new Rand(7) }), { commands: coreutils });
    let shell = fresh();
    for (let n = 0; n < 20_000; n++) {
      if (n % 2000 === 0) shell = fresh();
      const seed = CORPUS[rand.int(CORPUS.length)];
      let line = seed;
      for (let m = rand.int(3); m > 0; m--) line = mutate(line, rand);
      // sleep would move the simulated clock by arbitrary amounts; keep the fuzz about parsing and running.
      line = line.replace(/\bsleep\b/g, "true").replace(/\bwatch\b/g, "echo");
      try {
        parse(line);
      } catch (e) {
        expect(e instanceof ShellSyntaxError || e instanceof IncompleteInput, `parse threw ${String(e)} on ${JSON.stringify(line)}`).toBe(true);
      }
      const r = shell.exec(line);
      expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255, `exit ${r.exitCode} for ${JSON.stringify(line)}`).toBe(true);
      if (LEAKS.test(r.stderr)) throw new Error(`internal error text for ${JSON.stringify(line)}: ${r.stderr.slice(0, 300)}`);
      for (const l of r.stderr.split("\n").filter(Boolean)) {
        if (/^(syntax error|unexpected)/.test(l)) throw new Error(`parser error without "bash: " for ${JSON.stringify(line)}: ${l}`);
      }
    }
    // Loops stop at the interpreter's step limit, so every line ends; a hang shows as this test's
    // timeout. Timing is the benchmark's business (npm run bench), not an assertion here.
  }, 300_000);
});
