import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { createPrisma, type Db } from "../db";
import { SessionManager } from "./manager";
import { ApiError } from "./errors";

const dir = mkdtempSync(path.join(tmpdir(), "kubelab-sessions-"));
const url = `file:${path.join(dir, "sessions.db")}`;
let db: Db;
let wall = Date.UTC(2026, 5, 1, 12, 0, 0);
const clock = () => wall;

beforeAll(() => {
  const r = spawnSync("npx", ["--no-install", "tsx", "scripts/db-migrate.ts", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  db = createPrisma(url);
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return `${e.status} ${e.message}`;
    throw e;
  }
  return "no error";
};

describe("SessionManager", () => {
  it("completes a partly typed line for its owner only: commands, paths, kubectl", async () => {
    const m = new SessionManager(db, clock);
    const { id } = await m.create("guest:c", "blank", null);
    expect((await m.complete(id, "guest:c", "kubec")).replacement).toBe("kubectl ");
    expect((await m.complete(id, "guest:c", "cat /etc/kubernetes/mani")).replacement).toBe("/etc/kubernetes/manifests/");
    expect((await m.complete(id, "guest:c", "k get po")).candidates).toContain("pods");
    expect((await m.complete(id, "guest:c", "kubectl -n kube-system logs etcd-")).replacement).toBe("etcd-controlplane ");
    expect(await rejection(m.complete(id, "guest:d", "ls"))).toBe("404 session not found");
  });


  it("runs commands against the session's own cluster and keeps state between them", async () => {
    const m = new SessionManager(db, clock);
    const { id, prompt } = await m.create("guest:a", "blank", null);
    expect(prompt).toBe("controlplane:~$ ");
    expect((await m.exec(id, "guest:a", "kubectl create ns demo")).stdout).toBe("namespace/demo created\n");
    const r = await m.exec(id, "guest:a", "kubectl get ns demo -o name; ssh node01");
    expect(r).toEqual({ stdout: "namespace/demo\n", stderr: "", exitCode: 0, prompt: "node01:~$ " });
  });

  it("answers 404 to anyone but the owner", async () => {
    const m = new SessionManager(db, clock);
    const { id } = await m.create("guest:a", "blank", null);
    expect(await rejection(m.exec(id, "guest:b", "hostname"))).toBe("404 session not found");
    expect(await rejection(m.readFile(id, "user-x", "controlplane", "/etc/hostname"))).toBe("404 session not found");
    expect(await rejection(m.exec("no-such-id", "guest:a", "hostname"))).toBe("404 session not found");
    expect(await rejection(m.create("guest:a", "no-such-lab", null))).toBe('404 lab "no-such-lab" not found');
  });

  it("survives a server restart: a new manager restores the session from the database", async () => {
    const first = new SessionManager(db, clock);
    const { id } = await first.create("guest:a", "blank", null);
    await first.exec(id, "guest:a", "kubectl run hello --image=nginx; cd /etc/kubernetes");
    const second = new SessionManager(db, clock);
    const r = await second.exec(id, "guest:a", "pwd; kubectl get pod hello -o name");
    expect(r.stdout).toBe("/etc/kubernetes\npod/hello\n");
  });

  it("lets wall time pass in the simulation between requests", async () => {
    const m = new SessionManager(db, clock);
    const { id } = await m.create("guest:a", "blank", null);
    await m.exec(id, "guest:a", "kubectl run web --image=nginx");
    wall += 10_000;
    expect((await m.exec(id, "guest:a", "kubectl get pod web -o jsonpath='{.status.phase}'")).stdout).toBe("Running");
  });

  it("reads and writes node files, with clear errors", async () => {
    const m = new SessionManager(db, clock);
    const { id } = await m.create("guest:a", "blank", null);
    await m.writeFile(id, "guest:a", "node01", "/root/pod.yaml", "apiVersion: v1\n");
    expect(await m.readFile(id, "guest:a", "node01", "/root/pod.yaml")).toEqual({ content: "apiVersion: v1\n" });
    expect(await rejection(m.readFile(id, "guest:a", "node01", "/nope"))).toBe("404 /nope: No such file or directory");
    expect(await rejection(m.readFile(id, "guest:a", "node09", "/etc/hostname"))).toBe('404 no host named "node09" in this session');
    expect(await rejection(m.writeFile(id, "guest:a", "node01", "/no/dir/x", "y"))).toBe("400 /no/dir/x: No such file or directory");
  });

  it("stores the grade on a signed-in user's attempt", async () => {
    const user = await db.user.create({ data: { email: `u${Date.now()}@x.io` } });
    const m = new SessionManager(db, clock);
    const { id } = await m.create(user.id, "blank", user.id);
    await m.exec(id, user.id, "kubectl run hello --image=nginx");
    wall += 10_000;
    const g = await m.grade(id, user.id);
    expect([g.score, g.max]).toEqual([2, 2]);
    const attempt = await db.labAttempt.findFirst({ where: { sessionId: id } });
    expect([attempt?.score, attempt?.maxScore, attempt?.finishedAt?.getTime()]).toEqual([2, 2, wall]);
  });
});
