import type { KubeObject } from "../../engine/api/types";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** formatEndpointSlices: ready `ip:port` of the named port, at most three, then ` + N more...`. */
export function formatEndpointSlices(slices: KubeObject[], portName: string | undefined): string {
  if (!slices.length) return "<none>";
  const list: string[] = [];
  let more = false;
  let count = 0;
  const add = (entry: string, ready: boolean | undefined) => {
    if (list.length === 3) more = true;
    if (ready === false) return;
    if (!more) list.push(entry);
    count++;
  };
  for (const s of slices) {
    const endpoints = (s.endpoints ?? []) as Obj[];
    const ports = (s.ports ?? []) as Obj[];
    if (!ports.length) for (const e of endpoints) add(e.addresses?.[0], e.conditions?.ready);
    else
      for (const p of ports) {
        if (portName !== undefined && (p.name ?? "") !== portName) continue;
        for (const e of endpoints) add(hostPort(e.addresses?.[0], p.port), e.conditions?.ready);
      }
  }
  return more ? `${list.join(",")} + ${count - 3} more...` : list.join(",");
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
const hostPort = (host: string, port: number) => (host?.includes(":") ? `[${host}]:${port}` : `${host}:${port}`);
