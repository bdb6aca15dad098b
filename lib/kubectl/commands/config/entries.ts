import type { Subcommand } from "../../context";
import { renderTable } from "../../printers/tabwriter";
import { embed, fail, load, save } from "./shared";

export const getClusters: Subcommand = {
  name: "get-clusters",
  summary: "Display clusters defined in the kubeconfig",
  flags: [],
  help: `List the clusters in the kubeconfig.\n\nUsage:\n  kubectl config get-clusters [options]\n`,
  run(k) {
    const names = (load(k).clusters ?? []).map((c) => [c.name]).sort();
    k.out(renderTable([["NAME"], ...names]));
    return 0;
  },
};

export const getUsers: Subcommand = {
  name: "get-users",
  summary: "Display users defined in the kubeconfig",
  flags: [],
  help: `List the users in the kubeconfig.\n\nUsage:\n  kubectl config get-users [options]\n`,
  run(k) {
    const names = (load(k).users ?? []).map((u) => [u.name]).sort();
    k.out(renderTable([["NAME"], ...names]));
    return 0;
  },
};

export const setCluster: Subcommand = {
  name: "set-cluster",
  summary: "Set a cluster entry in kubeconfig",
  flags: [
    { name: "server", type: "string" },
    { name: "certificate-authority", type: "string" },
    { name: "embed-certs", type: "bool" },
    { name: "insecure-skip-tls-verify", type: "bool" },
    { name: "tls-server-name", type: "string" },
    { name: "proxy-url", type: "string" },
  ],
  help: `Create a cluster entry, or change the fields given.\n\nExamples:\n  kubectl config set-cluster k8s-c2 --server=https://10.0.0.1:6443 --certificate-authority=ca.crt --embed-certs\n\nUsage:\n  kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]\n`,
  run(k) {
    const name = k.args[0];
    if (!name) return k.usageError("Unexpected args: []");
    const cfg = load(k);
    const clusters = (cfg.clusters ??= []);
    let c = clusters.find((x) => x.name === name);
    if (!c) clusters.push((c = { name, cluster: {} }));
    if (k.changed.has("server")) c.cluster.server = k.str("server");
    if (k.changed.has("insecure-skip-tls-verify")) c.cluster["insecure-skip-tls-verify"] = k.bool("insecure-skip-tls-verify") || undefined;
    if (k.changed.has("tls-server-name")) c.cluster["tls-server-name"] = k.str("tls-server-name");
    const ca = k.str("certificate-authority");
    if (ca) {
      try {
        if (k.bool("embed-certs")) {
          c.cluster["certificate-authority-data"] = embed(k, ca);
          delete c.cluster["certificate-authority"];
        } else c.cluster["certificate-authority"] = k.ctx.resolve(ca);
      } catch (e) {
        return fail(k, (e as Error).message);
      }
    }
    save(k, cfg);
    k.out(`Cluster "${name}" set.\n`);
    return 0;
  },
};

export const setCredentials: Subcommand = {
  name: "set-credentials",
  summary: "Set a user entry in kubeconfig",
  flags: [
    { name: "token", type: "string" },
    { name: "username", type: "string" },
    { name: "password", type: "string" },
    { name: "client-certificate", type: "string" },
    { name: "client-key", type: "string" },
    { name: "embed-certs", type: "bool" },
  ],
  help: `Create a user entry, or change the credentials given.\n\nExamples:\n  kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs\n  kubectl config set-credentials bot --token=abc123\n\nUsage:\n  kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [options]\n`,
  run(k) {
    const name = k.args[0];
    if (!name) return k.usageError("Unexpected args: []");
    const cfg = load(k);
    const users = (cfg.users ??= []);
    let u = users.find((x) => x.name === name);
    if (!u) users.push((u = { name, user: {} }));
    for (const f of ["token", "username", "password"]) if (k.changed.has(f)) u.user[f] = k.str(f);
    try {
      for (const f of ["client-certificate", "client-key"]) {
        const p = k.str(f);
        if (!p) continue;
        if (k.bool("embed-certs")) {
          u.user[`${f}-data`] = embed(k, p);
          delete u.user[f];
        } else u.user[f] = k.ctx.resolve(p);
      }
    } catch (e) {
      return fail(k, (e as Error).message);
    }
    save(k, cfg);
    k.out(`User "${name}" set.\n`);
    return 0;
  },
};

function deleter(what: "cluster" | "user"): Subcommand {
  return {
    name: `delete-${what}`,
    summary: `Delete the specified ${what} from the kubeconfig`,
    flags: [],
    help: `Remove a ${what} entry from the kubeconfig.\n\nUsage:\n  kubectl config delete-${what} NAME [options]\n`,
    run(k) {
      const name = k.args[0];
      if (!name) return k.usageError("Unexpected args: []");
      const cfg = load(k);
      const key = what === "cluster" ? "clusters" : "users";
      const list = (cfg[key] ?? []) as { name: string }[];
      if (!list.some((x) => x.name === name)) return fail(k, `cannot delete ${what} ${name}, not in ${k.configPath}`);
      (cfg as Record<string, unknown>)[key] = list.filter((x) => x.name !== name);
      save(k, cfg);
      k.out(`deleted ${what} ${name} from ${k.configPath}\n`);
      return 0;
    },
  };
}

export const deleteCluster = deleter("cluster");
export const deleteUser = deleter("user");
