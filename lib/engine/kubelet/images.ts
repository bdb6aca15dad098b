/**
 * The images the simulated registry can pull, and what their containers do. An image not listed
 * here fails to pull (ErrImagePull → ImagePullBackOff), like a typo'd image on a real cluster.
 */
export interface ImageBehaviour {
  /** "serve" keeps running; "run-command" runs the container's command (busybox-like). */
  mode: "serve" | "run-command";
  /** Log lines written when the container starts. */
  startupLogs?: string[];
  /** Tags that exist; undefined means any tag. */
  tags?: string[];
}

const serve = (startupLogs: string[] = [], tags?: string[]): ImageBehaviour => ({ mode: "serve", startupLogs, tags });

export const IMAGES: Record<string, ImageBehaviour> = {
  nginx: serve(["/docker-entrypoint.sh: Configuration complete; ready for start up"]),
  httpd: serve(["AH00094: Command line: 'httpd -D FOREGROUND'"]),
  redis: serve(["* Ready to accept connections tcp"]),
  memcached: serve(),
  mysql: serve(["[Server] /usr/sbin/mysqld: ready for connections."]),
  postgres: serve(["database system is ready to accept connections"]),
  busybox: { mode: "run-command" },
  alpine: { mode: "run-command" },
  python: { mode: "run-command" },
  node: { mode: "run-command" },
  "registry.k8s.io/pause": serve(),
  "registry.k8s.io/etcd": serve(),
  "registry.k8s.io/kube-apiserver": serve(),
  "registry.k8s.io/kube-controller-manager": serve(),
  "registry.k8s.io/kube-scheduler": serve(),
  "registry.k8s.io/kube-proxy": serve(),
  "registry.k8s.io/coredns/coredns": serve(),
  "docker.io/calico/node": serve(),
  "rancher/local-path-provisioner": serve(["time=\"2026-01-01T09:00:00Z\" level=info msg=\"Starting provisioner controller rancher.io/local-path\""]),
  "registry.k8s.io/sig-storage/hostpathplugin": serve(),
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
