import type { SimCluster, SimEnvironment } from "../cluster";

/** A control loop: looks at the cluster and moves it one step toward the desired state. */
export interface Controller {
  name: string;
  sync(env: SimEnvironment, cluster: SimCluster): void;
}
