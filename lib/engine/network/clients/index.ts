import { curlRun } from "./curl";
import { digRun } from "./dig";
import type { NetClient } from "./net-io";
import { ncRun } from "./nc";
import { ncOpenbsdRun } from "./nc-openbsd";
import { nslookupRun } from "./nslookup";
import { pingRun } from "./ping";
import { busyboxPingRun } from "./ping-busybox";
import { wgetRun } from "./wget";

/**
 * Which network clients an image ships, by repository: busybox's wget/nslookup/nc/ping in busybox
 * and alpine images (curlimages/curl is alpine too), curl where the image has it, iputils ping,
 * BIND's dig and OpenBSD nc in netshoot. `kubectl exec` and a container's own command both look
 * tools up here; a name missing from the image's table is not a network client there.
 */

/** BIND in netshoot's Alpine base (bind-tools). */
const NETSHOOT_DIG = "9.18.33";

const BUSYBOX: Record<string, NetClient> = {
  wget: (a, io, save) => wgetRun(a, io, save),
  nslookup: (a, io) => nslookupRun(a, io, "busybox"),
  nc: ncRun,
  ping: busyboxPingRun,
};
/** curl in the curlimages/curl and netshoot images of the lab's registry. */
const IMAGE_CURL = "8.11.1";
const CURL: Record<string, NetClient> = { curl: (a, io, save) => curlRun(a, io, save, IMAGE_CURL) };

const BY_IMAGE: Record<string, Record<string, NetClient>> = {
  busybox: BUSYBOX,
  alpine: BUSYBOX,
  "curlimages/curl": { ...BUSYBOX, ...CURL },
  nginx: CURL,
  "nicolaka/netshoot": { ...BUSYBOX, ...CURL, nc: ncOpenbsdRun, ping: pingRun, dig: (a, io) => digRun(a, io, NETSHOOT_DIG) },
};

/** The client `tool` (a bare name or a path) in images of repository `repo`, if it has one. */
export function netClient(repo: string, tool: string): NetClient | undefined {
  const tools = BY_IMAGE[repo];
  const name = tool.slice(tool.lastIndexOf("/") + 1);
  return tools && Object.hasOwn(tools, name) ? tools[name] : undefined;
}

/** The names of the network clients images of `repo` ship. */
export function netClientNames(repo: string): string[] {
  return Object.keys(BY_IMAGE[repo] ?? {});
}
