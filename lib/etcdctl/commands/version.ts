import { ETCD_VERSION } from "../../engine/etcd/server";
import type { EtcdctlCommand } from "../types";

/** `etcdctl version`: client-side only, ignores -w. */
export const version: EtcdctlCommand = {
  path: "version",
  summary: "Prints the version of etcdctl",
  use: "version",
  flags: [],
  run(_args, _opts, ctx) {
    ctx.out(`etcdctl version: ${ETCD_VERSION}\nAPI version: 3.5\n`);
    return 0;
  },
};
