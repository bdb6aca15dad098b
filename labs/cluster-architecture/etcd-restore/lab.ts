import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";
import { decodeDb } from "../../../lib/engine/etcd/db-file";
import { readEtcdConfig, ETCD_MANIFEST } from "../../../lib/engine/etcd/server";
import type { FileSystem } from "../../../lib/engine/host";

const SNAPSHOT = "/opt/backup/etcd-snapshot.db";
const DIR = "/var/lib/etcd-from-backup";
const CERTS = "--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key";

/** The manifest's data dir on the node, read the way the engine reads it. */
function hostDataDir(manifest: string | undefined): string | undefined {
  if (manifest === undefined) return undefined;
  const fs = { exists: (p: string) => p === ETCD_MANIFEST, readFile: () => manifest } as unknown as FileSystem;
  return readEtcdConfig(fs)?.hostDataDir;
}

export default defineLab({
  slug: "etcd-restore",
  title: "Restore etcd from a snapshot",
  summary: "A ConfigMap was deleted after the last backup. Restore the snapshot into a new data dir and point the etcd static pod at it.",
  domain: "cluster-architecture",
  competency: "Manage the lifecycle of Kubernetes clusters",
  difficulty: "hard",
  minutes: 15,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace payments");
    s.run("kubectl -n payments create configmap settings --from-literal=mode=live");
    s.run("kubectl -n payments create deployment api --image=nginx:1.27");
    s.advance(20_000);
    s.run("mkdir -p /opt/backup");
    s.run(`etcdctl ${CERTS} snapshot save ${SNAPSHOT}`);
    s.run("kubectl -n payments delete configmap settings");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "restore",
      text: `ConfigMap \`settings\` in namespace \`payments\` was deleted by mistake after the etcd snapshot \`${SNAPSHOT}\` was taken on \`controlplane\`. Restore that snapshot into the new data directory \`${DIR}\` and make the cluster's etcd (a static pod on \`controlplane\`) run from it, so that the ConfigMap is back. Keep \`/var/lib/etcd\` as it is.`,
      checks: [
        {
          id: "restored-dir",
          title: `${DIR} holds the restored snapshot`,
          points: 1,
          check(c) {
            const db = decodeDb(c.file("controlplane", `${DIR}/member/snap/db`) ?? "");
            if (!db) return expectSaw(`an etcd data dir restored in ${DIR}`, "no member/snap/db there");
            return db.store.kvs.some((kv) => kv.key === "/registry/configmaps/payments/settings") ? pass(`${DIR} holds the snapshot's keys.`) : expectSaw("the snapshot's keys (with payments/settings)", "a data dir without them");
          },
        },
        {
          id: "etcd-uses-dir",
          title: `The etcd static pod runs from ${DIR}`,
          points: 2,
          check(c) {
            const dir = hostDataDir(c.file("controlplane", ETCD_MANIFEST));
            return dir === DIR ? pass(`etcd's data dir on the node is ${DIR}.`) : expectSaw(`etcd's data dir (hostPath of --data-dir) ${DIR}`, dir ?? "no usable etcd manifest");
          },
        },
        {
          id: "configmap-back",
          title: "ConfigMap payments/settings is back and the API server answers",
          points: 2,
          check(c) {
            if (c.run("kubectl get ns -o name").exitCode !== 0) return expectSaw("kubectl to reach the API server", "it failing");
            const mode = (c.get("configmaps", "settings", "payments")?.data as Record<string, string> | undefined)?.mode;
            return mode === "live" ? pass("payments/settings has mode=live again.") : expectSaw("ConfigMap payments/settings with mode=live", "no such ConfigMap");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Restoring an etcd cluster", url: "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#restoring-an-etcd-cluster" },
    { title: "etcd disaster recovery", url: "https://etcd.io/docs/v3.5/op-guide/recovery/" },
  ],
  wrongSolutions: [{ why: "restores the snapshot but leaves etcd on the old data dir", script: `etcdutl snapshot restore ${SNAPSHOT} --data-dir ${DIR}`, failsCheck: "etcd-uses-dir" }],
  otherSolutions: [{ why: "etcdctl restore, then --data-dir, mountPath and hostPath all moved", script: `etcdctl snapshot restore ${SNAPSHOT} --data-dir=${DIR}\nsed -i 's#/var/lib/etcd$#${DIR}#' /etc/kubernetes/manifests/etcd.yaml\nsleep 30` }],
});
