import { ManualClock, type Clock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster, restoreCluster, type SimEnvironment } from "../engine/cluster";
import { Shell, type ShellState } from "../shell/shell";
import { allCommands } from "../toolbox";
import type { LabDefinition } from "./define";
import { setupApi } from "./setup";
import { checkView, type CheckView } from "./check-view";

/** One learner's run of a lab: the simulated environment, their shell, and the lab being graded. */
export interface LabSession {
  lab: LabDefinition;
  environment: SimEnvironment;
  shell: Shell;
  view: CheckView;
}

export interface SessionState {
  version: 1;
  lab: string;
  engine: unknown;
  shell: ShellState;
}

function attach(lab: LabDefinition, environment: SimEnvironment, shell: Shell): LabSession {
  const view = checkView(
    environment,
    () => shell.history(),
    (line) => new Shell(environment, { commands: allCommands }).exec(line),
  );
  return { lab, environment, shell, view };
}

/** Builds the lab's starting state: a fresh cluster, then the lab's setup, then a fresh learner shell. */
export function startSession(opts: { lab: LabDefinition; seed: number; clock: Clock }): LabSession {
  const environment = createCluster({ clock: new ManualClock(opts.clock.now()), rand: new Rand(opts.seed), topology: opts.lab.topology });
  const admin = new Shell(environment, { commands: allCommands });
  opts.lab.setup(setupApi(environment, admin));
  return attach(opts.lab, environment, new Shell(environment, { commands: allCommands }));
}

export function sessionState(s: LabSession): SessionState {
  return { version: 1, lab: s.lab.slug, engine: s.environment.snapshot(), shell: s.shell.state() };
}

export function restoreSession(state: SessionState, lab: LabDefinition, clock?: Clock): LabSession {
  if (state.version !== 1) throw new Error(`unsupported session state version ${state.version}`);
  const environment = restoreCluster(state.engine, { clock });
  return attach(lab, environment, new Shell(environment, { commands: allCommands, state: state.shell }));
}
