import type { Clock } from "../clock";
import type { Systemd, UnitStatus } from "../host";
import { startupLines } from "./unit-startup-logs";

export interface UnitJSON {
  name: string;
  description: string;
  enabled: boolean;
  active: boolean;
  sinceMs: number;
  mainPid: number;
  journal: { ms: number; text: string; ident?: string }[];
  /** The main process exited with an error; systemd restarts it (Restart=always). */
  failed?: boolean;
  /** The unit's configuration as of the last daemon-reload (drop-ins included). */
  loaded?: string;
}

/** What a host wires in so units can check their program's configuration (the kubelet's). */
export interface UnitHooks {
  /** The unit's current configuration text on disk (unit file and drop-ins). */
  config?(unit: string): string | undefined;
  /** Why the unit's program exits at start (its own error line), given the loaded configuration. */
  startError?(unit: string, loaded: string | undefined): string | undefined;
}

const MAX_JOURNAL = 200;

function journalStamp(ms: number): string {
  const d = new Date(ms);
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${mon} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** A host's systemd: units whose state the engine reads (kubelet stopped ⇒ node goes NotReady). */
export class Units implements Systemd {
  private map = new Map<string, UnitJSON>();
  private nextPid = 1000;
  private hooks: UnitHooks = {};

  /** Connects the host's files (see cluster.ts); not part of the serialised state. */
  setHooks(hooks: UnitHooks): void {
    this.hooks = hooks;
    for (const u of this.map.values()) u.loaded ??= hooks.config?.(u.name);
  }

  constructor(
    private readonly clock: Clock,
    private readonly hostname: string,
  ) {}

  add(name: string, description: string, opts: { enabled?: boolean; active?: boolean } = {}): void {
    const unit: UnitJSON = { name, description, enabled: opts.enabled ?? true, active: opts.active ?? true, sinceMs: this.clock.now(), mainPid: this.nextPid++, journal: [] };
    this.map.set(name, unit);
    if (unit.active) this.logStart(unit, false);
  }

  /** `Started …` and what the program logs as it comes up (the kubelet's klog lines). */
  private logStart(u: UnitJSON, restart: boolean) {
    const now = this.clock.now();
    this.log(u, `Started ${u.name}.service - ${u.description}.`);
    for (const l of startupLines(u.name, now, u.mainPid, this.hostname, restart)) this.log(u, l.text, `${u.name}[${u.mainPid}]`, now + Math.floor(l.us / 1000));
  }

  private unit(name: string): UnitJSON {
    const u = this.map.get(name.replace(/\.service$/, ""));
    if (!u) throw new Error(`Unit ${name.endsWith(".service") ? name : name + ".service"} not found.`);
    return u;
  }

  private log(u: UnitJSON, text: string, ident?: string, ms = this.clock.now()) {
    u.journal.push(ident ? { ms, text, ident } : { ms, text });
    if (u.journal.length > MAX_JOURNAL) u.journal.splice(0, u.journal.length - MAX_JOURNAL);
  }

  units(): UnitStatus[] {
    return [...this.map.keys()].sort().map((n) => this.status(n)!);
  }

  status(name: string): UnitStatus | undefined {
    const u = this.map.get(name.replace(/\.service$/, ""));
    if (!u) return undefined;
    if (u.failed) return { name: u.name, description: u.description, loaded: true, enabled: u.enabled, active: "activating", sub: "auto-restart", mainPid: undefined, sinceMs: u.sinceMs, failedPid: u.mainPid };
    return { name: u.name, description: u.description, loaded: true, enabled: u.enabled, active: u.active ? "active" : "inactive", sub: u.active ? "running" : "dead", mainPid: u.active ? u.mainPid : undefined, sinceMs: u.sinceMs };
  }

  /** Whether the unit's files changed since the last daemon-reload. */
  changedOnDisk(name: string): boolean {
    const u = this.map.get(name.replace(/\.service$/, ""));
    if (!u || !this.hooks.config) return false;
    return (this.hooks.config(u.name) ?? "") !== (u.loaded ?? "");
  }

  isActive(name: string): boolean {
    return this.map.get(name)?.active ?? false;
  }

  start(name: string): void {
    const u = this.unit(name);
    if (u.active) return;
    u.sinceMs = this.clock.now();
    u.mainPid = this.nextPid++;
    const error = this.hooks.startError?.(u.name, u.loaded);
    if (error) {
      this.log(u, `Started ${u.name}.service - ${u.description}.`);
      u.active = false;
      u.failed = true;
      const d = new Date(this.clock.now());
      const pad = (n: number, w = 2) => String(n).padStart(w, "0");
      const klog = `E${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000 ${String(u.mainPid).padStart(7)} run.go:72] "command failed" err="${error.replace(/"/g, '\\"')}"`;
      this.log(u, klog, `${u.name}[${u.mainPid}]`);
      this.log(u, `${u.name}.service: Main process exited, code=exited, status=1/FAILURE`);
      this.log(u, `${u.name}.service: Failed with result 'exit-code'.`);
      return;
    }
    u.failed = false;
    u.active = true;
    this.logStart(u, true);
  }

  stop(name: string): void {
    const u = this.unit(name);
    if (u.failed) {
      u.failed = false;
      u.sinceMs = this.clock.now();
      this.log(u, `Stopped ${u.name}.service - ${u.description}.`);
      return;
    }
    if (!u.active) return;
    this.log(u, `Stopping ${u.name}.service - ${u.description}...`);
    u.active = false;
    u.sinceMs = this.clock.now();
    this.log(u, `${u.name}.service: Deactivated successfully.`);
    this.log(u, `Stopped ${u.name}.service - ${u.description}.`);
  }

  restart(name: string): void {
    const u = this.unit(name);
    if (u.active || u.failed) this.stop(name);
    this.start(name);
  }

  enable(name: string): void {
    this.unit(name).enabled = true;
  }

  disable(name: string): void {
    this.unit(name).enabled = false;
  }

  daemonReload(): void {
    for (const u of this.map.values()) u.loaded = this.hooks.config?.(u.name);
  }

  journal(unit?: string): string[] {
    const units = unit ? [this.unit(unit)] : [...this.map.values()];
    return units
      .flatMap((u) => u.journal.map((j) => ({ ...j, name: u.name, pid: u.mainPid })))
      .sort((a, b) => a.ms - b.ms)
      .map((j) => `${journalStamp(j.ms)} ${this.hostname} ${j.ident ?? "systemd[1]"}: ${j.text}`);
  }

  toJSON(): { units: UnitJSON[]; nextPid: number } {
    return { units: [...this.map.values()].map((u) => ({ ...u, journal: [...u.journal] })), nextPid: this.nextPid };
  }

  static fromJSON(json: { units: UnitJSON[]; nextPid: number }, clock: Clock, hostname: string): Units {
    const s = new Units(clock, hostname);
    s.nextPid = json.nextPid;
    for (const u of json.units) s.map.set(u.name, { ...u, journal: [...u.journal] });
    return s;
  }
}
