import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";
import { examTopology } from "../../../lib/labs/topology";
import { decodeDb } from "../../../lib/engine/etcd/db-file";

const HOST = "cluster2-controlplane";
const PATH = "/opt/etcd-backup.db";
const MARKER = "/registry/configmaps/default/backup-marker";
const CERTS = "--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key";

export default defineLab({
  slug: "etcd-backup",
  title: "Back up etcd of the second cluster",
  summary: "Exam-style: take an etcd snapshot with etcdctl and the kubeadm certificates, on the right cluster's control plane.",
  domain: "cluster-architecture",
  competency: "Manage the lifecycle of Kubernetes clusters",
  difficulty: "medium",
  minutes: 8,
  curriculumVersion: "1.32",
  topology: examTopology([
    { context: "k8s-c1", workers: 1 },
    { context: "k8s-c2", workers: 1 },
  ]),
  setup(s) {
    s.run("kubectl --context k8s-c2 create configmap backup-marker --from-literal=state=before-backup");
  },
  tasks: [
    {
      id: "backup",
      text: `Cluster \`k8s-c2\` runs etcd as a static pod on \`${HOST}\` (\`ssh ${HOST}\`). Take a snapshot of that etcd with \`etcdctl snapshot save\` and store it as \`${PATH}\` on \`${HOST}\`. etcd serves TLS on \`https://127.0.0.1:2379\`; the kubeadm certificates are in \`/etc/kubernetes/pki/etcd/\`.`,
      checks: [
        {
          id: "snapshot-file",
          title: `${PATH} on ${HOST} is an etcd snapshot`,
          points: 2,
          check(c) {
            const text = c.file(HOST, PATH);
            if (text === undefined) return expectSaw(`a snapshot file ${PATH} on ${HOST}`, "no such file");
            const db = decodeDb(text);
            if (!db) return expectSaw(`an etcd snapshot in ${PATH}`, "a file that is not one");
            return db.hashed ? pass(`${PATH} is a snapshot written by etcdctl snapshot save.`) : expectSaw("a snapshot saved with etcdctl snapshot save", "a copy of the member database without the snapshot hash");
          },
        },
        {
          id: "snapshot-cluster",
          title: "The snapshot holds cluster k8s-c2's data",
          points: 1,
          check(c) {
            const db = decodeDb(c.file(HOST, PATH) ?? "");
            const has = db?.store.kvs.some((kv) => kv.key === MARKER);
            return has ? pass("The snapshot contains ConfigMap default/backup-marker of k8s-c2.") : expectSaw("ConfigMap default/backup-marker (created on k8s-c2) in the snapshot", db ? "a snapshot without it" : "no snapshot");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Backing up an etcd cluster", url: "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#backing-up-an-etcd-cluster" },
    { title: "etcd disaster recovery", url: "https://etcd.io/docs/v3.5/op-guide/recovery/" },
  ],
  wrongSolutions: [
    { why: "takes the snapshot on the first cluster's control plane", script: `etcdctl ${CERTS} snapshot save ${PATH}`, failsCheck: "snapshot-file" },
    { why: "copies the live database file instead of saving a snapshot", script: `ssh ${HOST} cp /var/lib/etcd/member/snap/db ${PATH}`, failsCheck: "snapshot-file" },
  ],
});
