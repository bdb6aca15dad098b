/**
 * NGINX Gateway Fabric's `/usr/bin/gateway` (a cobra command tree): the image's entrypoint, so a
 * Deployment passes the subcommand and flags as args. `static-mode` (1.x) and `controller` (2.x)
 * run the control plane; both need the controller name and the GatewayClass. `initialize` and
 * `generate-certs` (init containers and the cert Job) do their work and exit. Without a
 * subcommand the binary prints its usage and exits 0, so a bare container completes and restarts.
 */
const SERVERS = new Set(["static-mode", "controller", "provisioner-mode"]);
const ONE_SHOT = new Set(["initialize", "generate-certs"]);
const REQUIRED = ["gateway-ctlr-name", "gatewayclass"];

const USAGE = `Usage:
  gateway [command]

Commands: controller (static-mode before 2.0), provisioner-mode, initialize, generate-certs
`;

const flagSet = (args: string[]) => new Set(args.filter((a) => a.startsWith("--")).map((a) => a.slice(2).split("=")[0]));

export function gatewayPreflight(argv: string[]): string | { out: string; code: number } | undefined {
  const sub = argv.slice(1).find((a) => !a.startsWith("-"));
  if (sub === undefined) return { out: USAGE, code: 0 };
  if (ONE_SHOT.has(sub)) return { out: "", code: 0 };
  if (!SERVERS.has(sub)) return `Error: unknown command "${sub}" for "gateway"\nRun 'gateway --help' for usage.`;
  if (sub === "provisioner-mode") return undefined;
  const flags = flagSet(argv);
  const missing = REQUIRED.filter((f) => !flags.has(f));
  return missing.length ? `Error: required flag(s) ${missing.map((f) => `"${f}"`).join(", ")} not set` : undefined;
}
