import { describe, expect, it } from "vitest";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { Shell } from "../shell/shell";
import { allCommands } from "../toolbox";

function cluster() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
  env.advance(3_600_000);
  const shell = new Shell(env, { commands: allCommands });
  shell.exec("kubectl run box --image=busybox -- sleep 86400; kubectl run web --image=nginx; sleep 20");
  return { env, shell };
}

/** Each line as typed, with the prompt the terminal shows before it. */
function typed(shell: Shell, lines: string[]): string[] {
  return lines.map((l) => {
    const prompt = shell.prompt();
    const r = shell.exec(l);
    return `${prompt}${l}\n${r.stdout}${r.stderr}`;
  });
}

describe("interactive container shells", () => {
  it("shows each image's shell prompt and returns to the node's", () => {
    const { shell } = cluster();
    expect(typed(shell, ["kubectl exec -it box -- sh", "cd /etc", "cd", "exit", "kubectl exec -it web -- bash", "cd /usr", "exit", "kubectl exec -it web -- sh", "exit"]).join("")).toBe(
      [
        "controlplane:~$ kubectl exec -it box -- sh\n",
        "/ # cd /etc\n",
        "/etc # cd\n",
        "~ # exit\n",
        "controlplane:~$ kubectl exec -it web -- bash\n",
        "root@web:/# cd /usr\n",
        "root@web:/usr# exit\n",
        "controlplane:~$ kubectl exec -it web -- sh\n",
        "# exit\n",
      ].join(""),
    );
  });

  it("survives a save and restore of the shell mid-session", () => {
    const { env, shell } = cluster();
    shell.exec("kubectl exec -it box -- sh");
    shell.exec("mkdir /work && cd /work && echo kept > note");
    const restored = new Shell(env, { commands: allCommands, state: JSON.parse(JSON.stringify(shell.state())) });
    expect(restored.prompt()).toBe("/work # ");
    expect(restored.exec("cat note").stdout).toBe("kept\n");
    expect(restored.exec("exit").exitCode).toBe(0);
    expect(restored.prompt()).toBe("controlplane:~$ ");
  });

  it("ends when the container goes away, with the killed shell's exit code", () => {
    const { env, shell } = cluster();
    shell.exec("kubectl exec -it box -- sh");
    env.adminClient().delete("pods", "box", "default", { gracePeriodSeconds: 0 });
    env.advance(1000);
    const r = shell.exec("ls");
    expect(r).toEqual({ stdout: "", stderr: "command terminated with exit code 137\n", exitCode: 137 });
    expect(shell.prompt()).toBe("controlplane:~$ ");
  });

  it("sends pasted lines after the command that opened the shell into the container", () => {
    const { shell } = cluster();
    const r = shell.exec("kubectl exec -it box -- sh\nhostname\nexit\nhostname");
    expect(r.stdout).toBe("box\ncontrolplane\n");
    expect(shell.history()).toEqual(["kubectl run box --image=busybox -- sleep 86400; kubectl run web --image=nginx; sleep 20", "kubectl exec -it box -- sh\nhostname\nexit\nhostname"]);
  });

  it("chroot /host in a node debugging container is the node's shell, exit goes back to the container", () => {
    const { shell } = cluster();
    const lines = typed(shell, ["kubectl debug node/node01 -it --image=busybox --profile=general -q", "chroot /host", "hostname", "exit", "exit"]);
    expect(lines.slice(1).join("")).toBe(["/ # chroot /host\n", "# hostname\nnode01\n", "# exit\n", "/ # exit\n"].join(""));
    expect(shell.prompt()).toBe("controlplane:~$ ");
  });
});
