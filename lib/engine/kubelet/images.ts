import { parseCorefile } from "../network/corefile";
import { CURL_ENTRYPOINT, DUMB_INIT, NGINX_ENTRYPOINT, POSTGRES_ENTRYPOINT, serverEntrypoint, type EntrypointScript } from "./entrypoints";
import { gatewayPreflight } from "./gateway-binary";

/**
 * The images the simulated registry can pull, and what their containers do. An image not listed
 * here fails to pull (ErrImagePull → ImagePullBackOff), like a typo'd image on a real cluster.
 */
export interface ImageBehaviour {
  /**
   * "serve" runs a long-lived server by default (nginx, redis, control-plane binaries);
   * "run-command" is a toolbox image whose default command is a shell that exits at once without a TTY.
   */
  mode: "serve" | "run-command";
  /** Log lines the default server process writes when it starts. */
  startupLogs?: string[];
  /** Tags that exist; undefined means any tag. */
  tags?: string[];
  /** TCP ports the default server listens on (probes, `curl`, Service routing). */
  listens?: number[];
  /** Paths the server answers 200 on (httpGet probes); undefined means any path. */
  httpPaths?: string[];
  /**
   * The image's ENTRYPOINT and CMD as its Dockerfile sets them. A container's `command` replaces
   * the entrypoint (and drops CMD), its `args` replace CMD; with neither it runs ENTRYPOINT + CMD.
   */
  entrypoint?: string[];
  cmd?: string[];
  /** The entrypoint script the image ships (docker-entrypoint.sh): what it prints, then the command it execs. */
  script?: EntrypointScript;
  /** The binaries on the image's PATH besides the shell tools; a command naming another binary cannot start. */
  binaries?: string[];
  /** Client tools on the PATH that run and exit (redis-cli, psql): a command line naming them does not start the server. */
  tools?: string[];
  /** Tools the image does not ship although most images do (distroless images have no `tar`, so `kubectl cp` fails). */
  lacks?: string[];
  /** Which coreutils flavour prints error messages (`cat: can't open 'x'` vs `cat: x: No such file…`). */
  userland: "busybox" | "gnu";
  /** Steady memory use of the default process, in MiB, and CPU in millicores (for `kubectl top`). */
  memoryMi: number;
  cpuMilli: number;
  /** Compressed size, as the kubelet's Pulled event reports it. */
  sizeBytes: number;
  /** Whether the default process exits on SIGTERM (else it is killed when the grace period ends). */
  handlesSigterm: boolean;
  /**
   * Reads the server's command line and configuration at start: an error text makes it print that
   * and exit 1; `{ out, code }` prints `out` and exits with `code` (a usage message, a one-shot subcommand).
   */
  preflight?: (argv: string[], files: ReadonlyMap<string, string>) => string | { out: string; code: number } | undefined;
}

/** CoreDNS loads its Corefile (`-conf`, default ./Corefile) before serving; a bad one is fatal. */
function corednsPreflight(argv: string[], files: ReadonlyMap<string, string>): string | undefined {
  const i = argv.indexOf("-conf");
  const path = i >= 0 && argv[i + 1] ? argv[i + 1] : "Corefile";
  const corefile = parseCorefile(files.get(path), { path, fileExists: (f) => files.has(f) });
  return corefile.ok ? undefined : corefile.error;
}

const serve = (o: Partial<ImageBehaviour> & { sizeBytes: number }): ImageBehaviour => ({ mode: "serve", userland: "gnu", memoryMi: 8, cpuMilli: 1, handlesSigterm: true, ...o });
const toolbox = (o: Partial<ImageBehaviour> & { sizeBytes: number }): ImageBehaviour => ({ mode: "run-command", userland: "busybox", memoryMi: 1, cpuMilli: 0, handlesSigterm: false, ...o });
/** Distroless images: their binary and little else. */
const DISTROLESS = ["tar"];
const controlPlane = (binary: string, sizeBytes: number, memoryMi: number, cpuMilli: number): ImageBehaviour => serve({ entrypoint: [`/usr/local/bin/${binary}`], binaries: [binary], sizeBytes, memoryMi, cpuMilli, lacks: DISTROLESS });
/** The docker-library images start through `docker-entrypoint.sh` on PATH (/usr/local/bin). */
const DOCKER_ENTRYPOINT = ["docker-entrypoint.sh"];

export const IMAGES: Record<string, ImageBehaviour> = {
  nginx: serve({ entrypoint: ["/docker-entrypoint.sh"], cmd: ["nginx", "-g", "daemon off;"], script: NGINX_ENTRYPOINT, listens: [80], httpPaths: ["/", "/index.html", "/50x.html"], binaries: ["nginx", "nginx-debug"], sizeBytes: 72188133, memoryMi: 3, cpuMilli: 0 }),
  httpd: serve({ cmd: ["httpd-foreground"], startupLogs: ["AH00094: Command line: 'httpd -D FOREGROUND'"], listens: [80], httpPaths: ["/", "/index.html"], binaries: ["httpd", "httpd-foreground"], sizeBytes: 58211722, memoryMi: 6 }),
  redis: serve({ entrypoint: DOCKER_ENTRYPOINT, cmd: ["redis-server"], script: serverEntrypoint("redis-server", { shell: "sh", execLine: 24, conf: true }), startupLogs: ["* Ready to accept connections tcp"], listens: [6379], binaries: ["redis-server"], tools: ["redis-cli"], sizeBytes: 45101523, memoryMi: 3, cpuMilli: 2 }),
  memcached: serve({ entrypoint: DOCKER_ENTRYPOINT, cmd: ["memcached"], script: serverEntrypoint("memcached", { shell: "sh", execLine: 9 }), listens: [11211], binaries: ["memcached"], sizeBytes: 32140311, memoryMi: 2 }),
  mysql: serve({ entrypoint: DOCKER_ENTRYPOINT, cmd: ["mysqld"], script: serverEntrypoint("mysqld", { shell: "bash", execLine: 425 }), startupLogs: ["[Server] /usr/sbin/mysqld: ready for connections."], listens: [3306], binaries: ["mysqld"], tools: ["mysql"], sizeBytes: 170120450, memoryMi: 380, cpuMilli: 6 }),
  postgres: serve({ entrypoint: DOCKER_ENTRYPOINT, cmd: ["postgres"], script: POSTGRES_ENTRYPOINT, startupLogs: ["database system is ready to accept connections"], listens: [5432], binaries: ["postgres"], tools: ["psql"], sizeBytes: 153611249, memoryMi: 40, cpuMilli: 3 }),
  "curlimages/curl": toolbox({ entrypoint: ["/entrypoint.sh"], cmd: ["curl"], script: CURL_ENTRYPOINT, binaries: ["curl"], sizeBytes: 10468842 }),
  "nicolaka/netshoot": toolbox({ cmd: ["zsh"], userland: "gnu", binaries: ["zsh", "curl", "dig", "nslookup", "nc", "ping", "tcpdump"], sizeBytes: 207094622 }),
  "registry.k8s.io/ingress-nginx/controller": serve({ entrypoint: ["/usr/bin/dumb-init", "--"], cmd: ["/nginx-ingress-controller"], script: DUMB_INIT, listens: [80, 443, 10254], binaries: ["/nginx-ingress-controller", "nginx"], sizeBytes: 105873413, memoryMi: 90, cpuMilli: 3 }),
  "ghcr.io/nginx/nginx-gateway-fabric": serve({ lacks: DISTROLESS, entrypoint: ["/usr/bin/gateway"], preflight: gatewayPreflight, listens: [80], binaries: ["/usr/bin/gateway", "nginx"], sizeBytes: 32771284, memoryMi: 30, cpuMilli: 2 }),
  busybox: toolbox({ cmd: ["sh"], sizeBytes: 2166802 }),
  alpine: toolbox({ cmd: ["/bin/sh"], sizeBytes: 3653068 }),
  python: toolbox({ cmd: ["python3"], userland: "gnu", binaries: ["python", "python3"], sizeBytes: 390061430, memoryMi: 10 }),
  node: toolbox({ entrypoint: DOCKER_ENTRYPOINT, cmd: ["node"], script: serverEntrypoint("node", { shell: "sh", execLine: 11, unknownCommands: true }), userland: "gnu", binaries: ["node", "npm"], sizeBytes: 393330164, memoryMi: 12 }),
  "registry.k8s.io/pause": serve({ lacks: DISTROLESS, entrypoint: ["/pause"], binaries: ["/pause"], sizeBytes: 320368, memoryMi: 0, cpuMilli: 0 }),
  "registry.k8s.io/etcd": controlPlane("etcd", 57680541, 45, 25),
  "registry.k8s.io/kube-apiserver": controlPlane("kube-apiserver", 28966096, 260, 45),
  "registry.k8s.io/kube-controller-manager": controlPlane("kube-controller-manager", 26222214, 55, 15),
  "registry.k8s.io/kube-scheduler": controlPlane("kube-scheduler", 20657902, 22, 4),
  "registry.k8s.io/kube-proxy": controlPlane("kube-proxy", 30904614, 18, 1),
  "registry.k8s.io/coredns/coredns": serve({ lacks: DISTROLESS, entrypoint: ["/coredns"], listens: [53, 8080, 8181, 9153], binaries: ["/coredns"], preflight: corednsPreflight, sizeBytes: 18562039, memoryMi: 14, cpuMilli: 2 }),
  "registry.k8s.io/metrics-server/metrics-server": serve({ lacks: DISTROLESS, entrypoint: ["/metrics-server"], listens: [10250], binaries: ["/metrics-server"], sizeBytes: 19496427, memoryMi: 16, cpuMilli: 3 }),
  "docker.io/calico/node": serve({ entrypoint: ["start_runit"], binaries: ["start_runit"], sizeBytes: 142599440, memoryMi: 90, cpuMilli: 20 }),
  "rancher/local-path-provisioner": serve({ entrypoint: ["local-path-provisioner"], startupLogs: ['time="2026-01-01T09:00:00Z" level=info msg="Starting provisioner controller rancher.io/local-path"'], binaries: ["local-path-provisioner"], sizeBytes: 19638145, memoryMi: 9 }),
  "registry.k8s.io/sig-storage/hostpathplugin": serve({ lacks: DISTROLESS, entrypoint: ["/hostpathplugin"], binaries: ["/hostpathplugin"], sizeBytes: 14264390, memoryMi: 7 }),
};

/** `nginx:1.27` → repository `nginx`, tag `1.27`; `docker.io/library/nginx` → `nginx`. */
export function parseImage(image: string): { repo: string; tag: string } {
  const noDigest = image.split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  const tag = colon > slash ? noDigest.slice(colon + 1) : "latest";
  return { repo: repo.replace(/^(docker\.io\/)?library\//, ""), tag };
}

export function lookupImage(image: string): ImageBehaviour | undefined {
  const { repo, tag } = parseImage(image);
  const b = IMAGES[repo];
  if (!b || (b.tags && !b.tags.includes(tag))) return undefined;
  return b;
}

/** The fully qualified reference containerd reports as the image and the one it tried to resolve. */
export function qualifiedImage(image: string): string {
  const { repo, tag } = parseImage(image);
  const name = repo.includes("/") ? (repo.split("/")[0].includes(".") ? repo : `docker.io/${repo}`) : `docker.io/library/${repo}`;
  return `${name}:${tag}`;
}
