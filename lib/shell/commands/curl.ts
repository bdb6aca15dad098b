import { curlRun } from "../../engine/network/clients/curl";
import type { Command } from "../types";
import { nodeNetIo } from "./net-io";

/** curl on a node (lib/engine/network/clients/curl.ts); `-o FILE` writes the node's filesystem. */
export const curl: Command = {
  name: "curl",
  usage: "curl [-sSIiO] [-m SEC] [-H HEADER] [-o FILE] [-w FORMAT] URL",
  run(argv, ctx) {
    const io = nodeNetIo(ctx);
    if (!io) return (ctx.err("curl: (6) Could not resolve host\n"), 6);
    return curlRun(argv, io, (name, body) => {
      if (ctx.resolve(name) !== "/dev/null") ctx.host.fs.writeFile(ctx.resolve(name), body);
    });
  },
};
