import { randomInt, randomUUID } from "node:crypto";
import { ManualClock } from "@/lib/engine/clock";
import { getLab } from "@/lib/labs/catalog";
import { restoreSession, sessionState, startSession, type LabSession, type SessionState } from "@/lib/labs/session";
import { grade, type GradeResult } from "@/lib/labs/grader";
import { FsError } from "@/lib/engine/host";
import type { Db } from "../db";
import { ApiError, sessionNotFound } from "./errors";

/** Longest stretch of simulated time one request lets pass (a learner back after a long break). */
const MAX_CATCH_UP_MS = 60 * 60_000;
const MAX_LIVE = 500;
const MAX_FILE_BYTES = 256 * 1024;

interface Live {
  id: string;
  ownerKey: string;
  labSlug: string;
  attemptId: string | null;
  session: LabSession;
  /** Wall time when the simulated clock was last brought up to date. */
  syncedWallMs: number;
  /** Requests on one session run one after another. */
  queue: Promise<unknown>;
}

export interface ExecResponse {
  stdout: string;
  stderr: string;
  exitCode: number;
  prompt: string;
  editor?: { host: string; path: string };
}

/**
 * Owns live learner sessions: creates them from labs, keeps a bounded in-memory cache, persists
 * every change as a SessionSnapshot, and restores sessions after a restart. The simulated clock
 * follows wall time: each request first lets the time since the last one pass.
 */
export class SessionManager {
  private live = new Map<string, Live>();

  constructor(
    private readonly db: Db,
    private readonly wallNow: () => number = () => Date.now(),
  ) {}

  async create(ownerKey: string, labSlug: string, userId: string | null): Promise<{ id: string; prompt: string }> {
    const lab = getLab(labSlug);
    if (!lab) throw new ApiError(404, `lab "${labSlug}" not found`);
    const id = randomUUID();
    const session = startSession({ lab, seed: randomInt(1, 2 ** 31), clock: new ManualClock(this.wallNow()) });
    const attempt = userId ? await this.db.labAttempt.create({ data: { userId, labSlug, sessionId: id } }) : null;
    const live: Live = { id, ownerKey, labSlug, attemptId: attempt?.id ?? null, session, syncedWallMs: this.wallNow(), queue: Promise.resolve() };
    await this.db.sessionSnapshot.create({ data: { id, ownerKey, labSlug, state: JSON.stringify(this.stateOf(live)) } });
    this.remember(live);
    return { id, prompt: session.shell.prompt() };
  }

  private stateOf(live: Live): SessionState & { attemptId: string | null; syncedWallMs: number } {
    return { ...sessionState(live.session), attemptId: live.attemptId, syncedWallMs: live.syncedWallMs };
  }

  private remember(live: Live) {
    this.live.delete(live.id);
    this.live.set(live.id, live);
    while (this.live.size > MAX_LIVE) this.live.delete(this.live.keys().next().value!);
  }

  /** The caller's session, from memory or the database; 404 for anyone else's. */
  private async load(id: string, ownerKey: string): Promise<Live> {
    const cached = this.live.get(id);
    if (cached) {
      if (cached.ownerKey !== ownerKey) throw sessionNotFound();
      this.remember(cached);
      return cached;
    }
    const row = await this.db.sessionSnapshot.findUnique({ where: { id } });
    if (!row || row.ownerKey !== ownerKey) throw sessionNotFound();
    const lab = getLab(row.labSlug);
    if (!lab) throw new ApiError(410, `lab "${row.labSlug}" no longer exists`);
    const state = JSON.parse(row.state) as SessionState & { attemptId: string | null; syncedWallMs: number };
    const live: Live = { id, ownerKey, labSlug: row.labSlug, attemptId: state.attemptId, session: restoreSession(state, lab), syncedWallMs: state.syncedWallMs, queue: Promise.resolve() };
    this.remember(live);
    return live;
  }

  /** Runs `fn` after the session's previous request, with its clock caught up to wall time. */
  private async withSession<T>(id: string, ownerKey: string, fn: (live: Live) => T | Promise<T>, persist: boolean): Promise<T> {
    const live = await this.load(id, ownerKey);
    const run = live.queue.then(async () => {
      const now = this.wallNow();
      const elapsed = Math.min(Math.max(0, now - live.syncedWallMs), MAX_CATCH_UP_MS);
      if (elapsed > 0) live.session.environment.advance(elapsed);
      live.syncedWallMs = now;
      const result = await fn(live);
      if (persist) await this.db.sessionSnapshot.update({ where: { id }, data: { state: JSON.stringify(this.stateOf(live)) } });
      return result;
    });
    live.queue = run.catch(() => undefined);
    return run;
  }

  exec(id: string, ownerKey: string, command: string): Promise<ExecResponse> {
    return this.withSession(
      id,
      ownerKey,
      (live) => {
        const r = live.session.shell.exec(command);
        return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, prompt: live.session.shell.prompt(), ...(r.editor ? { editor: { host: r.editor.host, path: r.editor.path } } : {}) };
      },
      true,
    );
  }

  /** Tab completion of a partly typed line (no state changes, nothing persisted). */
  complete(id: string, ownerKey: string, line: string, cursor?: number): Promise<{ start: number; end: number; candidates: string[]; replacement: string }> {
    return this.withSession(id, ownerKey, (live) => live.session.shell.complete(line, cursor ?? line.length), false);
  }

  info(id: string, ownerKey: string): Promise<{ id: string; lab: string; prompt: string; host: string }> {
    return this.withSession(id, ownerKey, (live) => ({ id, lab: live.labSlug, prompt: live.session.shell.prompt(), host: live.session.shell.currentHost() }), false);
  }

  readFile(id: string, ownerKey: string, node: string, path: string): Promise<{ content: string }> {
    return this.withSession(
      id,
      ownerKey,
      (live) => {
        const host = live.session.environment.host(node);
        if (!host) throw new ApiError(404, `no host named "${node}" in this session`);
        try {
          return { content: host.fs.readFile(path) };
        } catch (e) {
          if (e instanceof FsError) throw new ApiError(e.code === "ENOENT" ? 404 : 400, e.code === "ENOENT" ? `${path}: No such file or directory` : `${path}: Is a directory`);
          throw e;
        }
      },
      false,
    );
  }

  writeFile(id: string, ownerKey: string, node: string, path: string, content: string): Promise<{ saved: true }> {
    if (content.length > MAX_FILE_BYTES) throw new ApiError(413, `file too large: at most ${MAX_FILE_BYTES} bytes`);
    return this.withSession(
      id,
      ownerKey,
      (live) => {
        const host = live.session.environment.host(node);
        if (!host) throw new ApiError(404, `no host named "${node}" in this session`);
        try {
          host.fs.writeFile(path, content);
        } catch (e) {
          if (e instanceof FsError) throw new ApiError(400, `${path}: ${e.code === "ENOENT" ? "No such file or directory" : e.code === "EISDIR" ? "Is a directory" : e.code}`);
          throw e;
        }
        return { saved: true as const };
      },
      true,
    );
  }

  grade(id: string, ownerKey: string): Promise<GradeResult> {
    return this.withSession(
      id,
      ownerKey,
      async (live) => {
        const result = grade(live.session);
        if (live.attemptId)
          await this.db.labAttempt.update({ where: { id: live.attemptId }, data: { finishedAt: new Date(this.wallNow()), score: result.score, maxScore: result.max, results: JSON.stringify(result.tasks) } });
        return result;
      },
      false,
    );
  }
}

const globalForSessions = globalThis as unknown as { kubelabSessions?: SessionManager };

export async function getSessionManager(): Promise<SessionManager> {
  const { getPrisma } = await import("../db");
  globalForSessions.kubelabSessions ??= new SessionManager(getPrisma());
  return globalForSessions.kubelabSessions;
}
