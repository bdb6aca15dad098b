import { wgetRun } from "../../engine/network/clients/wget";
import type { Command } from "../types";
import { nodeNetIo } from "./net-io";

/** busybox-style wget on a node (lib/engine/network/clients/wget.ts); files land in the node's filesystem. */
export const wget: Command = {
  name: "wget",
  usage: "wget [-q] [-O FILE] [-T SEC] URL",
  run(argv, ctx) {
    const io = nodeNetIo(ctx);
    if (!io) return (ctx.err("wget: bad address\n"), 1);
    return wgetRun(argv, io, (name, body) => ctx.host.fs.writeFile(ctx.resolve(name), body));
  },
};
