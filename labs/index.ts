import type { LabDefinition } from "../lib/labs/define";
import blank from "./blank/lab";
import kubeletStopped from "./troubleshooting/kubelet-stopped/lab";
import apiserverEtcdPort from "./troubleshooting/apiserver-etcd-port/lab";
import fixPodImage from "./workloads-scheduling/fix-pod-image/lab";

/** Every built-in lab. Adding a lab = its folder + one line here. */
export const labs: LabDefinition[] = [blank, kubeletStopped, apiserverEtcdPort, fixPodImage];
