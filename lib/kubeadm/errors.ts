import type { CommandContext } from "../shell/types";

/** A kubeadm failure: the message, then the hint every kubeadm error ends with (cmd/kubeadm/app/util/error.go). */
export class KubeadmError extends Error {}

export function reportKubeadmError(ctx: CommandContext, e: KubeadmError): number {
  ctx.err(`${e.message}\nTo see the stack trace of this error execute with --v=5 or higher\n`);
  return 1;
}

/** A klog line as kubeadm prints warnings and infos on stderr: `W0101 10:00:00.000000    4242 file.go:N] msg`. */
export function klog(ctx: CommandContext, level: "I" | "W" | "E", where: string, msg: string): void {
  const d = new Date(ctx.environment.clock.now());
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  ctx.err(`${level}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000    4242 ${where}] ${msg}\n`);
}

export function preflightErrors(errors: string[]): KubeadmError {
  return new KubeadmError(`error execution phase preflight: [preflight] Some fatal errors occurred:\n${errors.map((e) => `\t[ERROR ${e}\n`).join("")}[preflight] If you know what you are doing, you can make a check non-fatal with \`--ignore-preflight-errors=...\``);
}
