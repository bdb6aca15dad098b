import { describe, expect, it } from "vitest";
import { ManualClock } from "../../engine/clock";
import { Rand } from "../../engine/rand";
import { createCluster } from "../../engine/cluster";
import { Shell } from "../../shell/shell";
import { allCommands } from "../../toolbox";
import { checkView } from "./view";

function world() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(7) });
  const sh = new Shell(env, { commands: allCommands });
  const view = checkView(env, { history: () => sh.history(), run: (l) => new Shell(env, { commands: allCommands }).exec(l), captured: () => ({ top: "web" }) });
  return { env, sh, view };
}

describe("check view", () => {
  it("reads objects by any name kubectl accepts and says undefined for missing ones", () => {
    const { view } = world();
    expect(view.get("no", "node01")?.metadata.name).toBe("node01");
    expect(view.get("Namespace", "kube-system")?.kind).toBe("Namespace");
    expect(view.get("pod", "nope", "default")).toBeUndefined();
    expect(() => view.get("widgets", "x")).toThrow(`the server doesn't have a resource type "widgets"`);
    expect(view.list("po", "kube-system", "k8s-app=kube-dns").length).toBe(2);
  });

  it("reads files, units, etcd keys, history and captured values", () => {
    const { view, sh } = world();
    expect(view.file("controlplane", "/etc/kubernetes/manifests/etcd.yaml")).toContain("--listen-client-urls");
    expect(view.file("controlplane", "/etc/kubernetes")).toBeUndefined();
    expect(view.service("node01", "kubelet")?.active).toBe("active");
    expect(JSON.parse(view.etcd("/registry/namespaces/default")!).metadata.name).toBe("default");
    expect(view.etcd("/registry/namespaces/nope")).toBeUndefined();
    sh.exec("kubectl get nodes");
    expect(view.history()).toEqual(["kubectl get nodes"]);
    expect(view.captured("top")).toBe("web");
    expect(() => view.captured("other")).toThrow('nothing was captured under "other"');
    expect(view.run("hostname").stdout).toBe("controlplane\n");
  });

  it("resolves service names through CoreDNS and stops when CoreDNS is gone", () => {
    const { env, view, sh } = world();
    expect(view.dns("kubernetes")).toBe("10.96.0.1");
    expect(view.dns("kubernetes.default.svc.cluster.local")).toBe("10.96.0.1");
    expect(view.dns("kube-dns", "default")).toBeUndefined();
    expect(view.dns("kube-dns.kube-system")).toBe(view.get("svc", "kube-dns", "kube-system")?.spec.clusterIP);
    sh.exec("kubectl -n kube-system scale deployment coredns --replicas=0");
    env.advance(5000);
    expect(view.dns("kubernetes")).toBeUndefined();
  });

  it("follows a Service to ready endpoints and a pod IP to a running pod", () => {
    const { env, view, sh } = world();
    for (const l of ["kubectl run web --image=nginx --port=80 -l app=web", "kubectl run client --image=busybox -- sleep 3600", "kubectl create service clusterip web --tcp=80:80"]) expect(sh.exec(l).exitCode).toBe(0);
    env.advance(20_000);
    expect(view.reach("client", "web", 80)).toEqual({ ok: true, detail: `service default/web routes to endpoint ${view.get("pod", "web", "default")?.status.podIP}` });
    expect(view.canReach("default/client", "web.default.svc", 8080)).toBe(false);
    expect(view.reach("client", "web", 8080).detail).toBe("service default/web has no port 8080");
    expect(view.canReach("client", view.get("pod", "web", "default")!.status.podIP, 80)).toBe(true);
    expect(view.reach("client", view.get("pod", "web", "default")!.status.podIP, 81).detail).toBe("pod default/web listens on 80, not 81");
    expect(view.reach("ghost", "web", 80).detail).toBe("source pod default/ghost does not exist");
    expect(view.reach("client", "nothere", 80).detail).toBe("nothere does not resolve");
  });
});
