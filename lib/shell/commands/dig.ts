import { digRun } from "../../engine/network/clients/dig";
import { NODE_STUB } from "../../engine/network/clients/net-io";
import type { Command } from "../types";
import { nodeNetIo } from "./net-io";

/** dig on a node: its default server is systemd-resolved's stub (lib/engine/network/clients/dig.ts). */
export const dig: Command = {
  name: "dig",
  usage: "dig [@SERVER] NAME [TYPE] [+short] [+noall +answer]",
  run(argv, ctx) {
    const io = nodeNetIo(ctx);
    if (!io) return (ctx.out(";; communications error to 127.0.0.53#53: timed out\n;; no servers could be reached\n"), 9);
    return digRun(argv, { ...io, resolv: { ...io.resolv, nameservers: [NODE_STUB] } });
  },
};
