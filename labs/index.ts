import type { LabDefinition } from "../lib/labs/define";
import blank from "./blank/lab";
import kubeletStopped from "./troubleshooting/kubelet-stopped/lab";
import apiserverEtcdPort from "./troubleshooting/apiserver-etcd-port/lab";
import fixPodImage from "./workloads-scheduling/fix-pod-image/lab";
import schedulerManifest from "./troubleshooting/scheduler-manifest/lab";
import serviceNoEndpoints from "./troubleshooting/service-no-endpoints/lab";
import exposeNodeport from "./services-networking/expose-nodeport/lab";
import scaleDeployment from "./workloads-scheduling/scale-deployment/lab";
import rolloutNewImage from "./workloads-scheduling/rollout-new-image/lab";
import controllerManagerImage from "./troubleshooting/controller-manager-image/lab";
import pendingNodeSelector from "./troubleshooting/pending-node-selector/lab";
import tolerateTaint from "./workloads-scheduling/tolerate-taint/lab";
import serviceTargetPort from "./services-networking/service-target-port/lab";
import twoClusters from "./troubleshooting/two-clusters/lab";import configmapEnv from "./workloads-scheduling/configmap-env/lab";
import brokenPodsReport from "./troubleshooting/broken-pods-report/lab";
/** Every built-in lab. Adding a lab = its folder + one line here. */
export const labs: LabDefinition[] = [blank, kubeletStopped, apiserverEtcdPort, schedulerManifest, serviceNoEndpoints, fixPodImage, scaleDeployment, rolloutNewImage, exposeNodeport, controllerManagerImage, pendingNodeSelector, tolerateTaint, serviceTargetPort, twoClusters, configmapEnv, brokenPodsReport];
