/**
 * The entrypoint scripts of the images (docker-entrypoint.sh and friends): what they print, how
 * they rewrite their arguments, and what they exec. Facts from the images' own scripts: nginx's
 * runs its /docker-entrypoint.d configuration only when asked to start nginx; the docker-library
 * ones (redis, postgres, mysql, memcached, node) put their server in front of flag arguments;
 * curlimages/curl's runs curl unless given a command; dumb-init runs what follows `--`.
 */
export interface EntrypointScript {
  /** Where the script lives in the image (`$0` in its messages). */
  path: string;
  /** The lines it prints before exec, for these arguments and environment. */
  logs?(args: string[], env: Record<string, string>): string[];
  /** The command line it execs for its arguments. */
  rewrite(args: string[], isCommand: (name: string) => boolean): string[];
  /** A refusal to start the command it settled on (postgres without a password): stderr lines and exit code. */
  check?(argv: string[], env: Record<string, string>): { lines: string[]; code: number } | undefined;
  /** What it prints and returns when the command to exec does not exist. */
  notFound(name: string): { text: string; code: number };
}

const NGINX_LOGS = [
  "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
  "$0: Looking for shell scripts in /docker-entrypoint.d/",
  "$0: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
  "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
  "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
  "$0: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
  "$0: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
  "$0: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
  "$0: Configuration complete; ready for start up",
];

/** dash (Debian's /bin/sh) and busybox ash report a failed `exec` as `$0: LINE: exec: NAME: not found`; bash as `$0: line LINE: exec: NAME: not found`. */
const shNotFound = (path: string, line: number) => (name: string) => ({ text: `${path}: ${line}: exec: ${name}: not found`, code: 127 });
const bashNotFound = (path: string, line: number) => (name: string) => ({ text: `${path}: line ${line}: exec: ${name}: not found`, code: 127 });

const isFlag = (arg: string | undefined) => !!arg?.startsWith("-");
const DOCKER_LIBRARY = "/usr/local/bin/docker-entrypoint.sh";

/** nginx: `/docker-entrypoint.sh`, configuration steps when the command is nginx, then `exec "$@"` (line 47). */
export const NGINX_ENTRYPOINT: EntrypointScript = {
  path: "/docker-entrypoint.sh",
  logs: (args, env) => ((args[0] === "nginx" || args[0] === "nginx-debug") && !env.NGINX_ENTRYPOINT_QUIET_LOGS ? NGINX_LOGS.map((l) => l.replace("$0", "/docker-entrypoint.sh")) : []),
  rewrite: (args) => args,
  notFound: shNotFound("/docker-entrypoint.sh", 47),
};

/**
 * A docker-library entrypoint that runs `server` when its first argument is a flag (redis also for
 * `*.conf`; node also for anything that is not a command). `execLine` is the line of its final
 * `exec "$@"`: read from the sh scripts (redis, memcached, node); approximate for the long bash
 * scripts of postgres and mysql, whose line moves between releases.
 */
export function serverEntrypoint(server: string, o: { shell: "sh" | "bash"; execLine: number; conf?: boolean; unknownCommands?: boolean }): EntrypointScript {
  return {
    path: DOCKER_LIBRARY,
    rewrite: (args, isCommand) => (isFlag(args[0]) || (o.conf && args[0]?.endsWith(".conf")) || (o.unknownCommands && args[0] !== undefined && !isCommand(args[0])) ? [server, ...args] : args),
    notFound: (o.shell === "sh" ? shNotFound : bashNotFound)(DOCKER_LIBRARY, o.execLine),
  };
}

/** postgres's docker_verify_minimum_env: an uninitialised database needs a superuser password (or trust auth). */
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
const POSTGRES_HELP = new Set(["-?", "--help", "--describe-config", "-V", "--version", "-C"]);

export const POSTGRES_ENTRYPOINT: EntrypointScript = {
  ...serverEntrypoint("postgres", { shell: "bash", execLine: 359 }),
  check: (argv, env) => (argv[0] === "postgres" && !argv.some((a) => POSTGRES_HELP.has(a)) && !env.POSTGRES_PASSWORD && env.POSTGRES_HOST_AUTH_METHOD !== "trust" ? { lines: POSTGRES_NO_PASSWORD, code: 1 } : undefined),
};

/** curlimages/curl's `/entrypoint.sh`: curl unless the first argument is a command. */
export const CURL_ENTRYPOINT: EntrypointScript = {
  path: "/entrypoint.sh",
  rewrite: (args, isCommand) => (isFlag(args[0]) || (args[0] !== undefined && !isCommand(args[0])) ? ["curl", ...args] : args),
  notFound: shNotFound("/entrypoint.sh", 11),
};

/** dumb-init (ingress-nginx): runs the command after `--` as a child, reaping zombies. */
export const DUMB_INIT: EntrypointScript = {
  path: "/usr/bin/dumb-init",
  rewrite: (args) => (args[0] === "--" ? args.slice(1) : args),
  notFound: (name) => ({ text: `[dumb-init] ${name}: No such file or directory`, code: 2 }),
};
