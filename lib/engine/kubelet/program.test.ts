import { describe, expect, it } from "vitest";
import { IMAGES } from "./images";
import { containerArgv } from "./container-env";
import { runProcess } from "./program";

const POSTGRES_NO_PASSWORD = [
  "Error: Database is uninitialized and superuser password is not specified.",
  "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  "",
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  "       connections without a password. This is *not* recommended.",
  "",
  '       See PostgreSQL documentation about "trust":',
  "       https://www.postgresql.org/docs/current/auth-trust.html",
];
const NGINX_ENTRYPOINT_LOGS = [
  "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
  "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
  "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
  "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
  "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
  "/docker-entrypoint.sh: Configuration complete; ready for start up",
];

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const run = (argv: string[], horizonMs = 60_000, image = "busybox", memoryLimitMi?: number) =>
  runProcess({ argv, image: IMAGES[image], env: { NAME: "web" }, hostname: "pod-1", startMs: START, horizonMs, memoryLimitMi });
const logs = (r: ReturnType<typeof run>) => r.lines.map((l) => `${l.at / 1000}s ${l.text}`);

describe("container processes", () => {
  const cases: { name: string; argv: string[]; horizon?: number; image?: string; limit?: number; logs: string[]; exit?: { at: number; code: number; oom?: boolean }; startError?: string }[] = [
    { name: "echo exits 0", argv: ["echo", "hello"], logs: ["0s hello"], exit: { at: 0, code: 0 } },
    { name: "false exits 1", argv: ["false"], logs: [], exit: { at: 0, code: 1 } },
    { name: "busybox cat of a missing file", argv: ["cat", "/nonexistent"], logs: ["0s cat: can't open '/nonexistent': No such file or directory"], exit: { at: 0, code: 1 } },
    { name: "GNU cat of a missing file", argv: ["cat", "/nonexistent"], image: "nginx", logs: ["0s cat: /nonexistent: No such file or directory"], exit: { at: 0, code: 1 } },
    { name: "sleep then exit N", argv: ["sh", "-c", "echo start $NAME; sleep 5; exit 3"], logs: ["0s start web"], exit: { at: 5000, code: 3 } },
    { name: "sleep keeps running", argv: ["sleep", "3600"], logs: [], exit: undefined },
    { name: "sleep ends", argv: ["sleep", "30"], logs: [], exit: { at: 30_000, code: 0 } },
    { name: "loop with date", argv: ["sh", "-c", "while true; do echo tick $(date); sleep 10; done"], horizon: 25_000, logs: ["0s tick Thu Jan 1 09:00:00 UTC 2026", "10s tick Thu Jan 1 09:00:10 UTC 2026", "20s tick Thu Jan 1 09:00:20 UTC 2026"] },
    { name: "for loop, files and tests", argv: ["sh", "-c", "for i in 1 2; do echo $i >> /tmp/n; done; cat /tmp/n; [ -f /tmp/x ] && echo yes || echo no"], logs: ["0s 1", "0s 2", "0s no"], exit: { at: 0, code: 0 } },
    { name: "arithmetic while", argv: ["sh", "-c", 'i=0; while [ $i -lt 2 ]; do i=$((i+1)); echo "n=$i"; done'], logs: ["0s n=1", "0s n=2"], exit: { at: 0, code: 0 } },
    { name: "unknown command in sh", argv: ["sh", "-c", "foo"], logs: ["0s sh: foo: not found"], exit: { at: 0, code: 127 } },
    { name: "syntax error", argv: ["sh", "-c", "echo 'open"], logs: ["0s sh: syntax error: unterminated quoted string"], exit: { at: 0, code: 2 } },
    { name: "a shell without -c exits at once", argv: ["sh"], logs: [], exit: { at: 0, code: 0 } },
    {
      name: "missing binary cannot start",
      argv: ["nginxx"],
      image: "nginx",
      logs: [],
      startError: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nginxx": executable file not found in $PATH: unknown',
    },
    { name: "bash is not in busybox", argv: ["bash", "-c", "echo hi"], logs: [], startError: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "bash": executable file not found in $PATH: unknown' },
    { name: "the image's server without its entrypoint prints nothing", argv: ["nginx", "-g", "daemon off;"], image: "nginx", horizon: 1000, logs: [] },
    { name: "stress past the memory limit", argv: ["stress", "--vm", "1", "--vm-bytes", "250M"], image: "busybox", limit: 100, logs: ["0s stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd"], exit: { at: 0, code: 137, oom: true } },
  ];
  for (const c of cases)
    it(c.name, () => {
      const r = run(c.argv, c.horizon, c.image, c.limit);
      expect({ logs: logs(r), exit: r.exit, startError: r.startError }).toEqual({ logs: c.logs, exit: c.exit, startError: c.startError });
    });

  /** Images started the way the runtime starts them (ENTRYPOINT + CMD, or with args): entrypoint scripts, then the server or an error. */
  const images: { name: string; image: string; args?: string[]; env?: Record<string, string>; logs: string[]; exit?: { at: number; code: number }; serving: boolean }[] = [
    { name: "nginx configures, then serves", image: "nginx", logs: NGINX_ENTRYPOINT_LOGS, serving: true },
    { name: "nginx with quiet entrypoint logs", image: "nginx", env: { NGINX_ENTRYPOINT_QUIET_LOGS: "1" }, logs: [], serving: true },
    { name: "nginx given only flags execs them", image: "nginx", args: ["-g", "daemon off;"], logs: ["/docker-entrypoint.sh: 47: exec: -g: not found"], exit: { at: 0, code: 127 }, serving: false },
    { name: "nginx given a command runs it without configuring", image: "nginx", args: ["sh", "-c", "echo hi"], logs: ["hi"], exit: { at: 0, code: 0 }, serving: false },
    { name: "redis serves by default", image: "redis", logs: ["* Ready to accept connections tcp"], serving: true },
    { name: "redis flags go to redis-server", image: "redis", args: ["--appendonly", "yes"], logs: ["* Ready to accept connections tcp"], serving: true },
    { name: "redis config file goes to redis-server", image: "redis", args: ["/etc/redis/redis.conf"], logs: ["* Ready to accept connections tcp"], serving: true },
    { name: "redis runs another command", image: "redis", args: ["redis-cli", "--version"], logs: [], exit: { at: 0, code: 0 }, serving: false },
    { name: "redis with an unknown command", image: "redis", args: ["redis"], logs: ["/usr/local/bin/docker-entrypoint.sh: 24: exec: redis: not found"], exit: { at: 0, code: 127 }, serving: false },
    { name: "postgres flags go to postgres", image: "postgres", args: ["-c", "max_connections=200"], env: { POSTGRES_PASSWORD: "secret" }, logs: ["database system is ready to accept connections"], serving: true },
    { name: "postgres with trust auth needs no password", image: "postgres", env: { POSTGRES_HOST_AUTH_METHOD: "trust" }, logs: ["database system is ready to accept connections"], serving: true },
    { name: "postgres refuses to initialise without a password", image: "postgres", logs: POSTGRES_NO_PASSWORD, exit: { at: 0, code: 1 }, serving: false },
    { name: "memcached flags go to memcached", image: "memcached", args: ["-m", "64"], logs: [], serving: true },
    { name: "httpd runs httpd-foreground", image: "httpd", logs: ["AH00094: Command line: 'httpd -D FOREGROUND'"], serving: true },
    { name: "busybox sh exits without stdin", image: "busybox", logs: [], exit: { at: 0, code: 0 }, serving: false },
    { name: "busybox args are the command", image: "busybox", args: ["echo", "hello"], logs: ["hello"], exit: { at: 0, code: 0 }, serving: false },
    { name: "curl's entrypoint runs curl for flags", image: "curlimages/curl", args: ["--version"], logs: [], exit: { at: 0, code: 0 }, serving: false },
    { name: "curl's entrypoint runs a command it finds", image: "curlimages/curl", args: ["sh", "-c", "echo in-curl"], logs: ["in-curl"], exit: { at: 0, code: 0 }, serving: false },
    { name: "netshoot's zsh exits without stdin", image: "nicolaka/netshoot", logs: [], exit: { at: 0, code: 0 }, serving: false },
    { name: "node's entrypoint runs a script with node", image: "node", args: ["server.js"], logs: [], exit: { at: 0, code: 0 }, serving: false },
    { name: "ingress-nginx under dumb-init", image: "registry.k8s.io/ingress-nginx/controller", args: ["/nginx-ingress-controller", "--election-id=x"], logs: [], serving: true },
    { name: "ingress-nginx with a missing binary", image: "registry.k8s.io/ingress-nginx/controller", args: ["/nginx-controller"], logs: ["[dumb-init] /nginx-controller: No such file or directory"], exit: { at: 0, code: 2 }, serving: false },
    { name: "NGF static-mode serves", image: "ghcr.io/nginx/nginx-gateway-fabric", args: ["static-mode", "--gateway-ctlr-name=gateway.nginx.org/nginx-gateway-controller", "--gatewayclass=nginx"], logs: [], serving: true },
    { name: "NGF 2.x controller serves", image: "ghcr.io/nginx/nginx-gateway-fabric", args: ["controller", "--gateway-ctlr-name=gateway.nginx.org/nginx-gateway-controller", "--gatewayclass=nginx"], logs: [], serving: true },
    { name: "NGF without a subcommand prints usage and exits", image: "ghcr.io/nginx/nginx-gateway-fabric", logs: ["Usage:", "  gateway [command]", "", "Commands: controller (static-mode before 2.0), provisioner-mode, initialize, generate-certs"], exit: { at: 0, code: 0 }, serving: false },
    { name: "NGF with an unknown subcommand", image: "ghcr.io/nginx/nginx-gateway-fabric", args: ["serve"], logs: ['Error: unknown command "serve" for "gateway"', "Run 'gateway --help' for usage."], exit: { at: 0, code: 1 }, serving: false },
    { name: "NGF without its required flags", image: "ghcr.io/nginx/nginx-gateway-fabric", args: ["static-mode"], logs: ['Error: required flag(s) "gateway-ctlr-name", "gatewayclass" not set'], exit: { at: 0, code: 1 }, serving: false },
    { name: "NGF initialize exits", image: "ghcr.io/nginx/nginx-gateway-fabric", args: ["initialize", "--source", "/includes/main.conf", "--destination", "/etc/nginx/main-includes"], logs: [], exit: { at: 0, code: 0 }, serving: false },
  ];
  for (const c of images)
    it(`image semantics: ${c.name}`, () => {
      const image = IMAGES[c.image];
      const env = { ...(c.env ?? {}) };
      const r = runProcess({ argv: containerArgv({ name: "c", image: c.image, args: c.args }, image, env), image, env, hostname: "pod-1", startMs: START, horizonMs: 1000 });
      expect({ logs: r.lines.map((l) => l.text), exit: r.exit, serving: r.serving, startError: r.startError }).toEqual({ logs: c.logs, exit: c.exit, serving: c.serving, startError: undefined });
    });

  it("skips whole periods of a long loop so a week of logs stays cheap", () => {
    const r = run(["sh", "-c", "while true; do echo tick; sleep 1; done"], 7 * 86_400_000);
    expect(r.lines.length).toBeLessThan(2_000);
    expect(r.lines[r.lines.length - 1].at).toBe(7 * 86_400_000);
  });

  it("shows files as they are at the horizon (the liveness example)", () => {
    const argv = ["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"];
    expect(run(argv, 10_000).files.has("/tmp/healthy")).toBe(true);
    expect(run(argv, 40_000).files.has("/tmp/healthy")).toBe(false);
  });
});
