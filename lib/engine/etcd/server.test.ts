import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster, restoreCluster } from "../cluster";
import { Shell } from "../../shell/shell";
import { allCommands } from "../../toolbox";

const CERTS = "--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key";
const MANIFEST = "/etc/kubernetes/manifests/etcd.yaml";

function session() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(7) });
  return { env, sh: new Shell(env, { commands: allCommands }) };
}

const cms = (env: ReturnType<typeof createCluster>) =>
  env
    .adminClient()
    .list("configmaps", "default")
    .items.map((o) => o.metadata.name);

describe("etcd data dir follows the static pod manifest", () => {
  it("rolls the cluster back to a restored snapshot, survives a session snapshot, and returns to the old dir", () => {
    const { env, sh } = session();
    sh.exec("kubectl create cm before");
    expect(sh.exec(`etcdctl ${CERTS} snapshot save /opt/s.db`).exitCode).toBe(0);
    sh.exec("kubectl delete cm before; kubectl create cm after");
    expect(sh.exec("etcdutl snapshot restore /opt/s.db --data-dir /var/lib/etcd-from-backup").exitCode).toBe(0);
    expect(cms(env)).toEqual(["after"]);
    sh.exec(`sed -i 's#path: /var/lib/etcd$#path: /var/lib/etcd-from-backup#' ${MANIFEST}`);
    expect(cms(env)).toEqual(["before"]);

    const again = restoreCluster(JSON.parse(JSON.stringify(env.snapshot())));
    expect(cms(again)).toEqual(["before"]);

    const sh2 = new Shell(again, { commands: allCommands });
    sh2.exec(`sed -i 's#path: /var/lib/etcd-from-backup#path: /var/lib/etcd#' ${MANIFEST}`);
    expect(cms(again)).toEqual(["after"]);
  });

  it("keeps etcd and the API server down while the data dir holds no database, or --data-dir is not mounted", () => {
    const { sh } = session();
    sh.exec(`sed -i 's#path: /var/lib/etcd$#path: /var/lib/empty#' ${MANIFEST}`);
    expect(sh.exec("kubectl get ns").stderr).toContain("was refused");
    sh.exec(`sed -i 's#path: /var/lib/empty#path: /var/lib/etcd#' ${MANIFEST}`);
    expect(sh.exec("kubectl get ns -o name").exitCode).toBe(0);
    sh.exec(`sed -i 's#--data-dir=/var/lib/etcd#--data-dir=/data/etcd#' ${MANIFEST}`);
    expect(sh.exec("kubectl get ns").exitCode).toBe(1);
  });

  it("accepts the restore done the other way: --data-dir and the mountPath changed, hostPath kept", () => {
    const { env, sh } = session();
    sh.exec("kubectl create cm before");
    sh.exec(`etcdctl ${CERTS} snapshot save /opt/s.db`);
    sh.exec("kubectl delete cm before");
    sh.exec("etcdutl snapshot restore /opt/s.db --data-dir /var/lib/etcd/restored");
    sh.exec(`sed -i 's#--data-dir=/var/lib/etcd#--data-dir=/var/lib/etcd/restored#' ${MANIFEST}`);
    expect(cms(env)).toEqual(["before"]);
  });
});
