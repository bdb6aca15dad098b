import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { createCluster, restoreCluster } from "../cluster";
import { Rand } from "../rand";
import { Shell } from "../../shell/shell";
import { allCommands } from "../../toolbox";

const DENY_WEB = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-web\nspec:\n  podSelector:\n    matchLabels:\n      app: web\n  policyTypes: [Ingress]\n";

function lab() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
  const sh = new Shell(env, { commands: allCommands });
  sh.exec("kubectl create deployment web --image=nginx; kubectl expose deployment web --port=80; kubectl wait --for=condition=available deploy/web");
  return { env, sh };
}

describe("network clients as a container's command", () => {
  it("keep the answer an instance got: a policy added later, a snapshot and a restore do not rewrite its log", () => {
    const { env, sh } = lab();
    sh.exec(`kubectl run poll --image=busybox --command -- sh -c 'while true; do wget -qO- -T 1 http://web >/dev/null && echo ok || echo fail; sleep 5; done'; sleep 30`);
    const before = sh.exec("kubectl logs poll").stdout;
    expect(before).toBe("ok\n".repeat(6));
    sh.exec(`cat > /tmp/deny.yaml <<'Y'\n${DENY_WEB}Y\nkubectl apply -f /tmp/deny.yaml`);
    expect(sh.exec("kubectl logs poll").stdout).toBe(before);
    const restored = new Shell(restoreCluster(JSON.parse(JSON.stringify(env.snapshot()))), { commands: allCommands });
    expect(restored.exec("kubectl logs poll").stdout).toBe(before);
    // A new process sees the policy.
    expect(restored.exec("kubectl exec poll -- wget -qO- -T 1 http://web").stderr).toBe("wget: download timed out\ncommand terminated with exit code 1\n");
  });

  it("a failing client makes the pod fail with its exit code and message", () => {
    const { sh } = lab();
    sh.exec("kubectl run t --image=busybox --restart=Never -- wget -qO- -T 2 http://nope; sleep 20");
    expect(sh.exec("kubectl get pod t -o jsonpath='{.status.phase} {.status.containerStatuses[0].state.terminated.exitCode}'").stdout).toBe("Failed 1");
    expect(sh.exec("kubectl logs t").stdout).toBe("wget: bad address 'nope'\n");
  });

  it("wget -O in an init container saves into a shared volume the app serves", () => {
    const { sh } = lab();
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: fetch
spec:
  initContainers:
  - name: get
    image: busybox
    command: ["wget", "-O", "/work/index.html", "http://web"]
    volumeMounts: [{ name: work, mountPath: /work }]
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "head -4 /work/index.html; sleep 3600"]
    volumeMounts: [{ name: work, mountPath: /work }]
  volumes:
  - name: work
    emptyDir: {}
`;
    sh.exec(`cat > /tmp/fetch.yaml <<'Y'\n${pod}Y\nkubectl apply -f /tmp/fetch.yaml; sleep 20`);
    expect(sh.exec("kubectl logs fetch -c get").stdout).toMatch(/^Connecting to web \(10\.\d+\.\d+\.\d+:80\)\nsaving to '\/work\/index.html'\nindex.html           100% \|\*+\|   615  0:00:00 ETA\n'\/work\/index.html' saved\n$/);
    expect(sh.exec("kubectl logs fetch -c app").stdout).toBe("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n");
  });
});
