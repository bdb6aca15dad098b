import type { Controller } from "./controller";
import { nodeLifecycle } from "./node-lifecycle";
import { scheduler } from "../scheduler/scheduler";
import { kubelet } from "../kubelet/kubelet";

/** Controllers run in this fixed order on every tick of `advance`. */
export const controllers: Controller[] = [nodeLifecycle, scheduler, kubelet];
