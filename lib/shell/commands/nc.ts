import { ncRun } from "../../engine/network/clients/nc";
import type { Command } from "../types";
import { nodeNetIo } from "./net-io";

/** nc as a port probe on a node (lib/engine/network/clients/nc.ts). */
export const nc: Command = {
  name: "nc",
  usage: "nc [-zv] [-w SEC] HOST PORT",
  run(argv, ctx) {
    const io = nodeNetIo(ctx);
    if (!io) return 1;
    return ncRun(argv, io);
  },
};
