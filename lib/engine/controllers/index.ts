import type { Controller } from "./controller";
import { nodeLifecycle } from "./node-lifecycle";
import { scheduler } from "../scheduler/scheduler";
import { kubelet } from "../kubelet/kubelet";
import { deploymentController } from "./deployment";
import { replicaSetController } from "./replicaset";
import { garbageCollector } from "./garbage-collector";
import { endpointsController } from "./endpoints";

/** Controllers run in this fixed order on every tick of `advance`. */
export const controllers: Controller[] = [nodeLifecycle, garbageCollector, deploymentController, replicaSetController, scheduler, kubelet, endpointsController];
