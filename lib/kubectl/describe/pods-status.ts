import type { KubeObject } from "../../engine/api/types";

/** `Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed` of a controller's pods (getPodStatusForController). */
export function podsStatusLine(pods: KubeObject[]): string {
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  return `${count("Running")} Running / ${count("Pending")} Waiting / ${count("Succeeded")} Succeeded / ${count("Failed")} Failed`;
}
