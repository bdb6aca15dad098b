import { sourceOfNode } from "../../engine/network/connect";
import type { NetIo } from "../../engine/network/clients/net-io";
import { NODE_NAMESERVER } from "../../engine/network/resolv";
import type { NetView } from "../../engine/network/view";
import type { CommandContext } from "../types";

interface WithNetView {
  netView?(cluster?: string): NetView;
}

/**
 * The network as a node's shell sees it, for the clients in lib/engine/network/clients/: the
 * node's own address and its upstream resolver (which knows nothing of cluster.local).
 */
export function nodeNetIo(ctx: CommandContext): NetIo | undefined {
  const env = ctx.environment as unknown as WithNetView & CommandContext["environment"];
  const view = env.netView?.(ctx.host.cluster);
  const node = view?.nodes.find((n) => n.name === ctx.host.name);
  if (!view || !node) return undefined;
  return {
    out: (t) => ctx.out(t),
    err: (t) => ctx.err(t),
    view,
    src: sourceOfNode(node),
    resolv: { nameservers: [NODE_NAMESERVER], search: [], ndots: 1 },
    now: () => ctx.environment.clock.now(),
    wait: (ms) => ctx.environment.advance(ms),
    tty: true,
  };
}
