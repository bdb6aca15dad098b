import type { EtcdServer } from "../../engine/etcd/server";
import { connect, goJson, header } from "../client";
import { table } from "../printers";
import type { EtcdctlCommand } from "../types";

export function memberRow(server: EtcdServer) {
  const m = server.membership.member;
  return { id: m.id, status: "started", name: m.name, peerURLs: m.peerURLs, clientURLs: server.config.advertiseClientUrls, isLearner: false };
}

/** `etcdctl member list`: models etcdctl/ctlv3/command/member_command.go and the member printers. */
export const memberList: EtcdctlCommand = {
  path: "member list",
  summary: "Lists all members in the cluster",
  use: "member list",
  flags: [{ name: "consistency", type: "string", default: "l", help: "Linearizable(l) or Serializable(s)" }],
  run(_args, opts, ctx) {
    const server = connect(opts, ctx);
    const m = memberRow(server);
    const cells = [m.id, m.status, m.name, m.peerURLs.join(","), m.clientURLs.join(","), String(m.isLearner)];
    switch (opts.writeOut) {
      case "table":
        ctx.out(table(["ID", "STATUS", "NAME", "PEER ADDRS", "CLIENT ADDRS", "IS LEARNER"], [cells]));
        break;
      case "json":
        ctx.out(`${goJson({ header: header(server, false), members: [{ ID: BigInt(`0x${m.id}`), name: m.name, peerURLs: m.peerURLs, clientURLs: m.clientURLs }] })}\n`);
        break;
      case "fields": {
        const h = header(server, false);
        ctx.out(`"ClusterID" : ${h.cluster_id}\n"MemberID" : ${h.member_id}\n"Revision" : 0\n"RaftTerm" : ${h.raft_term}\n`);
        ctx.out(`"ID" : ${BigInt(`0x${m.id}`)}\n"Name" : "${m.name}"\n${m.peerURLs.map((u) => `"PeerURL" : "${u}"\n`).join("")}${m.clientURLs.map((u) => `"ClientURL" : "${u}"\n`).join("")}"IsLearner" : false\n\n`);
        break;
      }
      default:
        ctx.out(`${cells.join(", ")}\n`);
    }
    return 0;
  },
};
