import { parseCorefile } from "../network/corefile";

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
  /** The binaries on the image's PATH besides the shell tools; a command naming another binary cannot start. */
  binaries?: string[];
  /** Which coreutils flavour prints error messages (`cat: can't open 'x'` vs `cat: x: No such file…`). */
  userland: "busybox" | "gnu";
  /** Steady memory use of the default process, in MiB, and CPU in millicores (for `kubectl top`). */
  memoryMi: number;
  cpuMilli: number;
  /** Compressed size, as the kubelet's Pulled event reports it. */
  sizeBytes: number;
  /** Whether the default process exits on SIGTERM (else it is killed when the grace period ends). */
  handlesSigterm: boolean;
  /** Reads the server's configuration at start; an error text makes it print that and exit 1. */
  preflight?: (argv: string[], files: ReadonlyMap<string, string>) => string | undefined;
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
const controlPlane = (binary: string, sizeBytes: number, memoryMi: number, cpuMilli: number): ImageBehaviour => serve({ binaries: [binary], sizeBytes, memoryMi, cpuMilli });

const NGINX_LOGS = [
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

export const IMAGES: Record<string, ImageBehaviour> = {
  nginx: serve({ startupLogs: NGINX_LOGS, listens: [80], httpPaths: ["/", "/index.html", "/50x.html"], binaries: ["nginx"], sizeBytes: 72188133, memoryMi: 3, cpuMilli: 0 }),
  httpd: serve({ startupLogs: ["AH00094: Command line: 'httpd -D FOREGROUND'"], listens: [80], httpPaths: ["/", "/index.html"], binaries: ["httpd"], sizeBytes: 58211722, memoryMi: 6 }),
  redis: serve({ startupLogs: ["* Ready to accept connections tcp"], listens: [6379], binaries: ["redis-server", "redis-cli"], sizeBytes: 45101523, memoryMi: 3, cpuMilli: 2 }),
  memcached: serve({ listens: [11211], binaries: ["memcached"], sizeBytes: 32140311, memoryMi: 2 }),
  mysql: serve({ startupLogs: ["[Server] /usr/sbin/mysqld: ready for connections."], listens: [3306], binaries: ["mysqld", "mysql"], sizeBytes: 170120450, memoryMi: 380, cpuMilli: 6 }),
  postgres: serve({ startupLogs: ["database system is ready to accept connections"], listens: [5432], binaries: ["postgres", "psql"], sizeBytes: 153611249, memoryMi: 40, cpuMilli: 3 }),
  "curlimages/curl": toolbox({ binaries: ["curl"], sizeBytes: 10468842 }),
  "nicolaka/netshoot": toolbox({ userland: "gnu", binaries: ["curl", "dig", "nslookup", "nc", "ping", "tcpdump"], sizeBytes: 207094622 }),
  "registry.k8s.io/ingress-nginx/controller": serve({ listens: [80, 443, 10254], binaries: ["/nginx-ingress-controller", "nginx"], sizeBytes: 105873413, memoryMi: 90, cpuMilli: 3 }),
  "ghcr.io/nginx/nginx-gateway-fabric": serve({ listens: [80], binaries: ["/usr/bin/gateway", "nginx"], sizeBytes: 32771284, memoryMi: 30, cpuMilli: 2 }),
  busybox: toolbox({ sizeBytes: 2166802 }),
  alpine: toolbox({ sizeBytes: 3653068 }),
  python: toolbox({ userland: "gnu", binaries: ["python", "python3"], sizeBytes: 390061430, memoryMi: 10 }),
  node: toolbox({ userland: "gnu", binaries: ["node", "npm"], sizeBytes: 393330164, memoryMi: 12 }),
  "registry.k8s.io/pause": serve({ binaries: ["/pause"], sizeBytes: 320368, memoryMi: 0, cpuMilli: 0 }),
  "registry.k8s.io/etcd": controlPlane("etcd", 57680541, 45, 25),
  "registry.k8s.io/kube-apiserver": controlPlane("kube-apiserver", 28966096, 260, 45),
  "registry.k8s.io/kube-controller-manager": controlPlane("kube-controller-manager", 26222214, 55, 15),
  "registry.k8s.io/kube-scheduler": controlPlane("kube-scheduler", 20657902, 22, 4),
  "registry.k8s.io/kube-proxy": controlPlane("kube-proxy", 30904614, 18, 1),
  "registry.k8s.io/coredns/coredns": serve({ listens: [53, 8080, 8181, 9153], binaries: ["/coredns"], preflight: corednsPreflight, sizeBytes: 18562039, memoryMi: 14, cpuMilli: 2 }),
  "registry.k8s.io/metrics-server/metrics-server": serve({ listens: [10250], binaries: ["/metrics-server"], sizeBytes: 19496427, memoryMi: 16, cpuMilli: 3 }),
  "docker.io/calico/node": serve({ binaries: ["start_runit"], sizeBytes: 142599440, memoryMi: 90, cpuMilli: 20 }),
  "rancher/local-path-provisioner": serve({ startupLogs: ['time="2026-01-01T09:00:00Z" level=info msg="Starting provisioner controller rancher.io/local-path"'], binaries: ["local-path-provisioner"], sizeBytes: 19638145, memoryMi: 9 }),
  "registry.k8s.io/sig-storage/hostpathplugin": serve({ binaries: ["/hostpathplugin"], sizeBytes: 14264390, memoryMi: 7 }),
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
