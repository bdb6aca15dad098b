import type { Clock } from "../clock";
import type { Systemd, UnitStatus } from "../host";

export interface UnitJSON {
  name: string;
  description: string;
  enabled: boolean;
  active: boolean;
  sinceMs: number;
  mainPid: number;
  journal: { ms: number; text: string }[];
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

  constructor(
    private readonly clock: Clock,
    private readonly hostname: string,
  ) {}

  add(name: string, description: string, opts: { enabled?: boolean; active?: boolean } = {}): void {
    const unit: UnitJSON = { name, description, enabled: opts.enabled ?? true, active: opts.active ?? true, sinceMs: this.clock.now(), mainPid: this.nextPid++, journal: [] };
    this.map.set(name, unit);
  }

  private unit(name: string): UnitJSON {
    const u = this.map.get(name.replace(/\.service$/, ""));
    if (!u) throw new Error(`Unit ${name.endsWith(".service") ? name : name + ".service"} not found.`);
    return u;
  }

  private log(u: UnitJSON, text: string) {
    u.journal.push({ ms: this.clock.now(), text });
    if (u.journal.length > MAX_JOURNAL) u.journal.splice(0, u.journal.length - MAX_JOURNAL);
  }

  units(): UnitStatus[] {
    return [...this.map.keys()].sort().map((n) => this.status(n)!);
  }

  status(name: string): UnitStatus | undefined {
    const u = this.map.get(name.replace(/\.service$/, ""));
    if (!u) return undefined;
    return { name: u.name, description: u.description, loaded: true, enabled: u.enabled, active: u.active ? "active" : "inactive", sub: u.active ? "running" : "dead", mainPid: u.active ? u.mainPid : undefined, sinceMs: u.sinceMs };
  }

  isActive(name: string): boolean {
    return this.map.get(name)?.active ?? false;
  }

  start(name: string): void {
    const u = this.unit(name);
    if (u.active) return;
    u.active = true;
    u.sinceMs = this.clock.now();
    u.mainPid = this.nextPid++;
    this.log(u, `Started ${u.name}.service - ${u.description}.`);
  }

  stop(name: string): void {
    const u = this.unit(name);
    if (!u.active) return;
    this.log(u, `Stopping ${u.name}.service - ${u.description}...`);
    u.active = false;
    u.sinceMs = this.clock.now();
    this.log(u, `${u.name}.service: Deactivated successfully.`);
    this.log(u, `Stopped ${u.name}.service - ${u.description}.`);
  }

  restart(name: string): void {
    const u = this.unit(name);
    if (u.active) this.stop(name);
    this.start(name);
  }

  enable(name: string): void {
    this.unit(name).enabled = true;
  }

  disable(name: string): void {
    this.unit(name).enabled = false;
  }

  daemonReload(): void {}

  journal(unit?: string): string[] {
    const units = unit ? [this.unit(unit)] : [...this.map.values()];
    return units
      .flatMap((u) => u.journal.map((j) => ({ ...j, name: u.name, pid: u.mainPid })))
      .sort((a, b) => a.ms - b.ms)
      .map((j) => `${journalStamp(j.ms)} ${this.hostname} systemd[1]: ${j.text}`);
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
