import type { Controller } from "./controller";
import { nodeLifecycle } from "./node-lifecycle";
import { scheduler } from "../scheduler/scheduler";
import { kubelet } from "../kubelet/kubelet";
import { nodeLeaseController } from "../kubelet/node-lease";
import { kubeletBinaryVersion } from "../kubelet/binary-version";
import { deploymentController } from "./deployment";
import { replicaSetController } from "./replicaset";
import { garbageCollector } from "./garbage-collector";
import { endpointsController } from "./endpoints";
import { persistentVolumeBinder } from "./persistentvolume-binder";
import { volumeProvisioner } from "./volume-provisioner";
import { storageProtection } from "./storage-protection";
import { resourceQuotaController } from "./resourcequota";
import { clusterRoleAggregationController } from "./clusterrole-aggregation";
import { csrSigningController } from "./csr-signing";
import { endpointSliceController } from "./endpointslice";
import { daemonSetController } from "./daemonset";
import { statefulSetController } from "./statefulset";
import { jobController } from "./job";
import { cronJobController } from "./cronjob";
import { hpaController } from "./hpa";
import { disruptionController } from "./disruption";
import { gatewayController } from "../network/gateway-controller";
import { namespaceController } from "./namespace";
import { apiserverEndpointsController } from "./apiserver-endpoints";

/** A controller that runs inside kube-controller-manager: it stops when that static pod is broken. */
const inControllerManager = (c: Controller): Controller => ({
  name: c.name,
  sync: (env, cluster) => {
    if (env.componentUp(cluster, "kube-controller-manager")) c.sync(env, cluster);
  },
});

/** Controllers run in this fixed order on every tick of `advance`. */
export const controllers: Controller[] = [
  apiserverEndpointsController,
  inControllerManager(namespaceController),
  inControllerManager(nodeLifecycle),
  inControllerManager(clusterRoleAggregationController),
  inControllerManager(csrSigningController),
  inControllerManager(garbageCollector),
  inControllerManager(deploymentController),
  inControllerManager(replicaSetController),
  inControllerManager(persistentVolumeBinder),
  volumeProvisioner,
  inControllerManager(persistentVolumeBinder),
  inControllerManager(storageProtection),
  inControllerManager(resourceQuotaController),
  inControllerManager(daemonSetController),
  inControllerManager(statefulSetController),
  inControllerManager(cronJobController),
  inControllerManager(jobController),
  inControllerManager(hpaController),
  inControllerManager(disruptionController),
  scheduler,
  kubelet,
  nodeLeaseController,
  kubeletBinaryVersion,
  inControllerManager(endpointsController),
  inControllerManager(endpointSliceController),
  gatewayController,
];
