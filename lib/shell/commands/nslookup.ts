import { NODE_STUB } from "../../engine/network/clients/net-io";
import { nslookupRun } from "../../engine/network/clients/nslookup";
import type { Command } from "../types";
import { nodeNetIo } from "./net-io";

/** BIND's nslookup on a node, asking systemd-resolved's stub (lib/engine/network/clients/nslookup.ts). */
export const nslookup: Command = {
  name: "nslookup",
  usage: "nslookup [-type=TYPE] NAME [SERVER]",
  run(argv, ctx) {
    const io = nodeNetIo(ctx);
    if (!io) return (ctx.err(";; connection timed out; no servers could be reached\n"), 1);
    return nslookupRun(argv, { ...io, resolv: { ...io.resolv, nameservers: [NODE_STUB] } }, "bind");
  },
};
