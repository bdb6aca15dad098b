import type { Io } from "./applets";
import type { Proc } from "./program";

/**
 * A network client as a container's command (`wget -qO- http://web`, `nslookup kubernetes.default`,
 * `curl -m 5 web`): container-net.ts runs it against the pod's network, or gives back what this
 * instance got the first time, and the process replays it on its own clock: output, the time it
 * waited (`-T 2`: two seconds), the files it saved (`wget -O /data/index.html`), its exit code.
 */
export function runNetClient(p: Proc, argv: string[], io: Io): number {
  const name = argv[0].slice(argv[0].lastIndexOf("/") + 1);
  const rec = p.input.net!.run([name, ...argv.slice(1)], p.input.startMs + p.t);
  for (const step of rec.s) {
    if ("o" in step) io.out(step.o);
    else if ("e" in step) io.err(step.e);
    else if ("w" in step) p.sleep(step.w);
    else p.files.set(p.abs(step.f), step.b);
  }
  return rec.c;
}
