import { describe, expect, it } from "vitest";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { Shell } from "./shell";
import { coreutils } from "./commands";
import type { Command } from "./types";

const fake: Command = { name: "kubectl", usage: "kubectl", run: () => 0, complete: (words) => ["get", "describe", "delete"].filter((v) => v.startsWith(words[words.length - 1])) };
const shell = () => new Shell(createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1)), rand: new Rand(1) }), { commands: [...coreutils, fake] });

describe("shell tab completion", () => {
  it("completes command names, aliases and keywords in command position", () => {
    const sh = shell();
    expect(sh.complete("crict").replacement).toBe("crictl ");
    expect(sh.complete("wh").candidates).toEqual(["which", "while", "whoami"]);
    expect(sh.complete("ls | gre").replacement).toBe("grep ");
    expect(sh.complete("").candidates).toContain("kubectl");
  });

  it("completes paths: directories get a slash, files a space, common prefixes extend", () => {
    const sh = shell();
    expect(sh.complete("cat /etc/kubernetes/mani").replacement).toBe("/etc/kubernetes/manifests/");
    expect(sh.complete("cat /etc/kubernetes/manifests/kube-a").replacement).toBe("/etc/kubernetes/manifests/kube-apiserver.yaml ");
    const many = sh.complete("ls /etc/kubernetes/manifests/kube-");
    expect(many.replacement).toBe("/etc/kubernetes/manifests/kube-");
    expect(many.candidates).toEqual(["kube-apiserver.yaml", "kube-controller-manager.yaml", "kube-scheduler.yaml"]);
    expect(sh.complete("cd /etc/kub")).toEqual({ start: 3, end: 11, candidates: ["kubernetes/"], replacement: "/etc/kubernetes/" });
  });

  it("delegates a command's arguments to its completer, through aliases", () => {
    const sh = shell();
    expect(sh.complete("kubectl de").candidates).toEqual(["delete", "describe"]);
    expect(sh.complete("k g").replacement).toBe("get ");
    expect(sh.complete("k dx", 3)).toEqual({ start: 2, end: 3, candidates: ["delete", "describe"], replacement: "de" });
  });
});
