import type { LabDefinition } from "../lib/labs/define";
import networkpolicyDefaultDeny from "./services-networking/networkpolicy-default-deny/lab";
import corednsBroken from "./troubleshooting/coredns-broken/lab";
import dnsLookup from "./services-networking/dns-lookup/lab";
import ingressPath from "./services-networking/ingress-path/lab";
import gatewayHttproute from "./services-networking/gateway-httproute/lab";
import blank from "./blank/lab";
import kubeletStopped from "./troubleshooting/kubelet-stopped/lab";
import kubeletMisconfigured from "./troubleshooting/kubelet-misconfigured/lab";
import crictlContainer from "./troubleshooting/crictl-container/lab";
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
import twoClusters from "./troubleshooting/two-clusters/lab";
import configmapEnv from "./workloads-scheduling/configmap-env/lab";
import brokenPodsReport from "./troubleshooting/broken-pods-report/lab";
import extensionInterfaces from "./cluster-architecture/extension-interfaces/lab";
import prepareNode from "./cluster-architecture/prepare-node/lab";
import stableServiceName from "./services-networking/stable-service-name/lab";
import labelledPod from "./workloads-scheduling/labelled-pod/lab";
import pvPvcPod from "./storage/pv-pvc-pod/lab";
import dynamicStorageclass from "./storage/dynamic-storageclass/lab";
import reclaimPolicy from "./storage/reclaim-policy/lab";
import expandPvc from "./storage/expand-pvc/lab";
import podPendingPvc from "./troubleshooting/pod-pending-pvc/lab";
import etcdBackup from "./cluster-architecture/etcd-backup/lab";
import etcdRestore from "./cluster-architecture/etcd-restore/lab";
import kubeadmUpgradeControlplane from "./cluster-architecture/kubeadm-upgrade-controlplane/lab";
import kubeadmUpgradeWorker from "./cluster-architecture/kubeadm-upgrade-worker/lab";
import joinNode from "./cluster-architecture/join-node/lab";
import certRenew from "./cluster-architecture/cert-renew/lab";
import limitsQuota from "./workloads-scheduling/limits-quota/lab";
import containerLogs from "./troubleshooting/container-logs/lab";
import haControlPlaneConfig from "./cluster-architecture/ha-control-plane-config/lab";
import loadbalancerNodeport from "./services-networking/loadbalancer-nodeport/lab";
import hpaCpu from "./workloads-scheduling/hpa-cpu/lab";
import daemonsetAllNodes from "./workloads-scheduling/daemonset-all-nodes/lab";
import kustomizeOverlay from "./cluster-architecture/kustomize-overlay/lab";
import crashloopCommand from "./troubleshooting/crashloop-command/lab";
import pendingInsufficientResources from "./troubleshooting/pending-insufficient-resources/lab";
import staticPod from "./cluster-architecture/static-pod/lab";
import nodeAffinity from "./workloads-scheduling/node-affinity/lab";
import kubeadmUpgradeMinor from "./cluster-architecture/kubeadm-upgrade-minor/lab";
import csrNewUser from "./cluster-architecture/csr-new-user/lab";
import rbacDeveloper from "./cluster-architecture/rbac-developer/lab";
import serviceaccountRbac from "./cluster-architecture/serviceaccount-rbac/lab";
import podIpAndService from "./services-networking/pod-ip-and-service/lab";
import sidecarLogs from "./workloads-scheduling/sidecar-logs/lab";
import kubeProxyBroken from "./troubleshooting/kube-proxy-broken/lab";
import podToPod from "./services-networking/pod-to-pod/lab";
/** Every built-in lab. Adding a lab = its folder + one line here. */
export const labs: LabDefinition[] = [
  blank,
  kubeletStopped,
  kubeletMisconfigured,
  crictlContainer,
  apiserverEtcdPort,
  schedulerManifest,
  serviceNoEndpoints,
  fixPodImage,
  scaleDeployment,
  rolloutNewImage,
  exposeNodeport,
  controllerManagerImage,
  pendingNodeSelector,
  tolerateTaint,
  serviceTargetPort,
  twoClusters,
  configmapEnv,
  brokenPodsReport,
  extensionInterfaces,
  prepareNode,
  stableServiceName,
  labelledPod,
  pvPvcPod,
  dynamicStorageclass,
  reclaimPolicy,
  expandPvc,
  podPendingPvc,
  etcdBackup,
  etcdRestore,
  kubeadmUpgradeControlplane,
  kubeadmUpgradeWorker,
  joinNode,
  certRenew,
  limitsQuota,
  containerLogs,
  haControlPlaneConfig,
  loadbalancerNodeport,
  hpaCpu,
  daemonsetAllNodes,
  kustomizeOverlay,
  crashloopCommand,
  pendingInsufficientResources,
  staticPod,
  nodeAffinity,
  kubeadmUpgradeMinor,
  csrNewUser,
  rbacDeveloper,
  serviceaccountRbac,
  networkpolicyDefaultDeny,
  corednsBroken,
  dnsLookup,
  ingressPath,
  podIpAndService,
  gatewayHttproute,
  sidecarLogs,
  kubeProxyBroken,
  podToPod,
];
