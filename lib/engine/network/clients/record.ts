import type { Source } from "../connect";
import type { ResolvConf } from "../resolv";
import type { NetView } from "../view";
import type { NetClient } from "./net-io";

/** One step of a client's run: text on stdout or stderr, simulated time spent waiting, or a file it saved. */
export type NetStep = { o: string } | { e: string } | { w: number } | { f: string; b: string };

/**
 * What a network client did, as data: its output and waits in order, and its exit code. A
 * container's program replays it (so later reads of its logs show the answer it got when it
 * ran), and it is small enough to keep in the kubelet's memory across snapshots.
 */
export interface NetRecord {
  s: NetStep[];
  c: number;
}

/** Where the client runs: the network as seen from one pod (or node). */
export interface NetPlace {
  view: NetView;
  src: Source;
  resolv: ResolvConf;
}

/** Runs `client` at absolute time `at` from `place`, capturing its output and waits instead of performing them. */
export function recordClient(client: NetClient, argv: string[], place: NetPlace, at: number): NetRecord {
  const steps: NetStep[] = [];
  let waited = 0;
  const push = (step: NetStep) => {
    const last = steps[steps.length - 1];
    if ("o" in step && last && "o" in last) last.o += step.o;
    else if ("e" in step && last && "e" in last) last.e += step.e;
    else steps.push(step);
  };
  const save = (name: string, body: string) => push({ f: name, b: body });
  const io = {
    ...place,
    out: (t: string) => void (t && push({ o: t })),
    err: (t: string) => void (t && push({ e: t })),
    now: () => at + waited,
    wait: (ms: number) => {
      if (ms <= 0) return;
      waited += ms;
      push({ w: ms });
    },
    tty: false,
  };
  const code = client(argv, io, save);
  return { s: steps, c: code };
}
