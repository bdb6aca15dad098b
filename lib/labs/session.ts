import { ManualClock, type Clock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster, restoreCluster, type SimEnvironment } from "../engine/cluster";
import { Shell, type ShellState } from "../shell/shell";
import { allCommands } from "../toolbox";
import type { LabDefinition } from "./define";
import { setupApi } from "./setup";
import { checkView, type CheckView } from "./checks/view";
import { mergedKubeconfig } from "./topology";
import { getLab } from "./catalog";

/** One learner's run of a lab: the simulated environment, their shell, and the lab being graded. */
export interface LabSession {
  lab: LabDefinition;
  environment: SimEnvironment;
  shell: Shell;
  view: CheckView;
  /** What the learner typed, in order. */
  history(): string[];
  /** Values captured right after setup (lab.capture), kept with the session. */
  captured: Record<string, unknown>;
}

export interface SessionState {
  version: 1;
  lab: string;
  engine: unknown;
  shell: ShellState;
  captured?: Record<string, unknown>;
}

const adminShell = (environment: SimEnvironment) => new Shell(environment, { commands: allCommands });

function attach(lab: LabDefinition, environment: SimEnvironment, shell: Shell, captured: Record<string, unknown>): LabSession {
  const view = checkView(environment, {
    history: () => shell.history(),
    run: (line) => adminShell(environment).exec(line),
    captured: () => captured,
  });
  return { lab, environment, shell, view, history: () => shell.history(), captured };
}

/** Builds the lab's starting state: a fresh cluster, the lab's setup, captured values, a fresh learner shell. */
export function startSession(opts: { lab: LabDefinition; seed: number; clock: Clock }): LabSession {
  const environment = createCluster({ clock: new ManualClock(opts.clock.now()), rand: new Rand(opts.seed), topology: opts.lab.topology });
  if (environment.topology.clusters.length > 1) environment.host(environment.startHost)!.fs.put("/root/.kube/config", mergedKubeconfig(environment.topology, (spec) => environment.host(spec.nodes.find((n) => n.role === "control-plane")!.name)!.fs.readFile("/etc/kubernetes/admin.conf")), 0o600);
  opts.lab.setup(setupApi(environment, adminShell(environment)));
  const captured: Record<string, unknown> = {};
  const session = attach(opts.lab, environment, adminShell(environment), captured);
  for (const [key, read] of Object.entries(opts.lab.capture ?? {})) captured[key] = JSON.parse(JSON.stringify(read(session.view) ?? null));
  return session;
}

export function sessionState(s: LabSession): SessionState {
  return { version: 1, lab: s.lab.slug, engine: s.environment.snapshot(), shell: s.shell.state(), captured: s.captured };
}

/**
 * Rebuilds a session from `sessionState`. The lab is looked up by the slug in the state unless given
 * (instructor labs are not in the built-in catalogue).
 */
export function restoreSession(state: SessionState, labOrOpts?: LabDefinition | { clock?: Clock; lab?: LabDefinition }, clock?: Clock): LabSession {
  if (state.version !== 1) throw new Error(`unsupported session state version ${state.version}`);
  const opts = labOrOpts && "slug" in labOrOpts ? { lab: labOrOpts, clock } : { clock, ...(labOrOpts ?? {}) };
  const lab = opts.lab ?? getLab(state.lab);
  if (!lab) throw new Error(`lab "${state.lab}" does not exist`);
  const environment = restoreCluster(state.engine, { clock: opts.clock });
  return attach(lab, environment, new Shell(environment, { commands: allCommands, state: state.shell }), { ...(state.captured ?? {}) });
}
