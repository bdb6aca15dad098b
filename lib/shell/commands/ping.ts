import { pingRun } from "../../engine/network/clients/ping";
import type { Command } from "../types";
import { nodeNetIo } from "./net-io";

/** iputils ping on a node (lib/engine/network/clients/ping.ts). */
export const ping: Command = {
  name: "ping",
  usage: "ping [-c COUNT] [-W TIMEOUT] [-i INTERVAL] [-q] HOST",
  run(argv, ctx) {
    const io = nodeNetIo(ctx);
    if (!io) return (ctx.err(`ping: ${argv[argv.length - 1]}: Name or service not known\n`), 2);
    return pingRun(argv, io);
  },
};
