/** PersistentVolume, PersistentVolumeClaim, StorageClass and persistent volume sources (Kubernetes v1.32 field set). */
const TOP = (spec: string, status: string, what: string) => `
  apiVersion string: Version of the API schema this object uses, such as v1 or apps/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.
  spec ${spec}: Desired state of the ${what}.
  status ${status}: Most recently observed state of the ${what}. Read-only.`;
const FS = `
  fsType string: Filesystem type to mount, such as ext4 or xfs; ext4 is assumed when unset.`;
const RO = `
  readOnly boolean: Mount the volume read-only. Defaults to false.`;
const SECRET = (what: string) => `
  secretRef SecretReference: Secret (in any namespace) holding the ${what} credentials.`;

export default `
PersistentVolume: A PersistentVolume is a piece of storage in the cluster, provisioned by an administrator or dynamically through a StorageClass, that claims bind to.${TOP("PersistentVolumeSpec", "PersistentVolumeStatus", "volume")}
PersistentVolumeSpec: What a persistent volume offers and where its storage lives. Set exactly one volume source.
  accessModes []string: How the volume can be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.
  awsElasticBlockStore AWSElasticBlockStoreVolumeSource: Deprecated in-tree AWS EBS disk.
  azureDisk AzureDiskVolumeSource: Deprecated in-tree Azure data disk.
  azureFile AzureFilePersistentVolumeSource: Deprecated in-tree Azure File share.
  capacity map[string]Quantity: Size of the volume, as storage: <quantity>.
  cephfs CephFSPersistentVolumeSource: Deprecated CephFS mount.
  cinder CinderPersistentVolumeSource: Deprecated in-tree OpenStack Cinder volume.
  claimRef ObjectReference: The claim bound to this volume; set it in advance to reserve the volume for one claim.
  csi CSIPersistentVolumeSource: A volume managed by a CSI driver.
  fc FCVolumeSource: Fibre Channel disk.
  flexVolume FlexPersistentVolumeSource: Deprecated FlexVolume plugin volume.
  flocker FlockerVolumeSource: Deprecated Flocker dataset.
  gcePersistentDisk GCEPersistentDiskVolumeSource: Deprecated in-tree GCE persistent disk.
  glusterfs GlusterfsPersistentVolumeSource: Deprecated GlusterFS mount.
  hostPath HostPathVolumeSource: A directory on a node, for single-node testing only.
  iscsi ISCSIPersistentVolumeSource: iSCSI disk.
  local LocalVolumeSource: A disk, partition or directory of one node; needs nodeAffinity.
  mountOptions []string: Mount options used when the volume is mounted, not validated.
  nfs NFSVolumeSource: An NFS export.
  nodeAffinity VolumeNodeAffinity: Nodes from which the volume can be used; pods using it are scheduled there.
  persistentVolumeReclaimPolicy string=Delete,Recycle,Retain: What happens when the claim is released: Retain (default for manual volumes), Delete (default for dynamic ones) or the deprecated Recycle.
  photonPersistentDisk PhotonPersistentDiskVolumeSource: Deprecated Photon Controller disk.
  portworxVolume PortworxVolumeSource: Deprecated in-tree Portworx volume.
  quobyte QuobyteVolumeSource: Deprecated Quobyte mount.
  rbd RBDPersistentVolumeSource: Deprecated Ceph RBD block device.
  scaleIO ScaleIOPersistentVolumeSource: Deprecated ScaleIO volume.
  storageClassName string: StorageClass the volume belongs to; only claims asking for this class bind to it. Empty means no class.
  storageos StorageOSPersistentVolumeSource: Deprecated StorageOS volume.
  volumeAttributesClassName string: VolumeAttributesClass of the volume (beta).
  volumeMode string=Block,Filesystem: Filesystem (default) or Block, a raw device.
  vsphereVolume VsphereVirtualDiskVolumeSource: Deprecated in-tree vSphere disk.
PersistentVolumeStatus: Observed state of a persistent volume.
  lastPhaseTransitionTime Time: When the volume last changed phase.
  message string: Human-readable detail about the phase.
  phase string=Available,Bound,Failed,Pending,Released: Pending, Available (free), Bound, Released (claim deleted, not yet reclaimed) or Failed.
  reason string: Short CamelCase reason for a failure.
PersistentVolumeClaim: A PersistentVolumeClaim is a user's request for storage: a size, access modes and a class. It binds to a matching PersistentVolume, provisioning one if needed.${TOP("PersistentVolumeClaimSpec", "PersistentVolumeClaimStatus", "claim")}
PersistentVolumeClaimSpec: What a claim asks for.
  accessModes []string: Access modes the volume must support, such as ReadWriteOnce.
  dataSource TypedLocalObjectReference: Populate the new volume from a VolumeSnapshot or another PVC in the same namespace.
  dataSourceRef TypedObjectReference: Populate the new volume from any supported object, possibly in another namespace.
  resources VolumeResourceRequirements: Minimum size the volume must have (requests.storage).
  selector LabelSelector: Only bind to volumes with these labels.
  storageClassName string: StorageClass to use. Unset uses the default class; "" asks for a volume without a class.
  volumeAttributesClassName string: VolumeAttributesClass to apply (beta).
  volumeMode string=Block,Filesystem: Filesystem (default) or Block.
  volumeName string: Bind to this specific PersistentVolume.
PersistentVolumeClaimStatus: Observed state of a claim.
  accessModes []string: Access modes of the bound volume.
  allocatedResourceStatuses map[string]string: Progress of a resize, per resource.
  allocatedResources map[string]Quantity: Resources allocated to the claim, including a pending expansion.
  capacity map[string]Quantity: Actual size of the bound volume.
  conditions []PersistentVolumeClaimCondition: Current conditions, for example during a resize.
  currentVolumeAttributesClassName string: VolumeAttributesClass currently applied.
  modifyVolumeStatus ModifyVolumeStatus: State of a volume attributes change.
  phase string=Bound,Lost,Pending: Pending, Bound, or Lost (the bound volume disappeared).
PersistentVolumeClaimCondition: One condition of a claim.
  lastProbeTime Time: When the condition was last checked.
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason for the last transition.
  status! string: True, False or Unknown.
  type! string: Condition type, such as Resizing or FileSystemResizePending.
ModifyVolumeStatus: Progress of a VolumeAttributesClass change.
  status! string=InProgress,Infeasible,Pending: Pending, InProgress or Infeasible.
  targetVolumeAttributesClassName string: Class being applied.
TypedLocalObjectReference: A reference to an object of a given kind in the same namespace.
  apiGroup string: API group of the object; empty for the core group.
  kind string: Kind of the object.
  name! string: Name of the object.
TypedObjectReference: A reference to an object of a given kind, possibly in another namespace.
  apiGroup string: API group of the object; empty for the core group.
  kind string: Kind of the object.
  name! string: Name of the object.
  namespace string: Namespace of the object; needs a ReferenceGrant when it differs from the claim's.
VolumeResourceRequirements: Storage requested by a claim.
  limits map[string]Quantity: Maximum storage allowed.
  requests map[string]Quantity: Minimum storage needed, as storage: <quantity>.
VolumeNodeAffinity: Nodes a volume can be reached from.
  required NodeSelector: Nodes that must match.
ObjectReference: A reference to any object, by kind, namespace and name.
  apiVersion string: API version of the object.
  fieldPath string: A field inside the object, such as spec.containers{web}.
  kind string: Kind of the object.
  name string: Name of the object.
  namespace string: Namespace of the object.
  resourceVersion string: Specific resourceVersion referred to.
  uid string: UID of the object.
SecretReference: A reference to a Secret, in any namespace.
  name string: Name of the Secret.
  namespace string: Namespace of the Secret.
AzureFilePersistentVolumeSource: An Azure File share.${RO}
  secretName! string: Secret holding the storage account name and key.
  secretNamespace string: Namespace of that Secret; defaults to the pod's.
  shareName! string: Name of the share.
CephFSPersistentVolumeSource: A CephFS mount.
  monitors! []string: Ceph monitor addresses.
  path string: Path inside the filesystem to mount. Defaults to /.${RO}
  secretFile string: Path of the key ring for the user.${SECRET("Ceph")}
  user string: RADOS user name. Defaults to admin.
CinderPersistentVolumeSource: An OpenStack Cinder volume.${FS}${RO}${SECRET("OpenStack")}
  volumeID! string: ID of the Cinder volume.
CSIPersistentVolumeSource: A volume managed by an external CSI driver.
  controllerExpandSecretRef SecretReference: Secret passed to the driver's ControllerExpandVolume call.
  controllerPublishSecretRef SecretReference: Secret passed to ControllerPublishVolume and ControllerUnpublishVolume.
  driver! string: Name of the CSI driver.
  fsType string: Filesystem type to mount, such as ext4.
  nodeExpandSecretRef SecretReference: Secret passed to NodeExpandVolume.
  nodePublishSecretRef SecretReference: Secret passed to NodePublishVolume.
  nodeStageSecretRef SecretReference: Secret passed to NodeStageVolume.
  readOnly boolean: Publish the volume read-only. Defaults to false.
  volumeAttributes map[string]string: Driver-specific attributes of the volume.
  volumeHandle! string: ID the driver uses for the volume.
FlexPersistentVolumeSource: A volume handled by a FlexVolume driver.
  driver! string: Name of the driver.
  fsType string: Filesystem type to mount; the default depends on the driver.
  options map[string]string: Extra options passed to the driver.${RO}${SECRET("driver")}
GlusterfsPersistentVolumeSource: A GlusterFS mount.
  endpoints! string: Name of the Endpoints object listing the Gluster servers.
  endpointsNamespace string: Namespace of that Endpoints object.
  path! string: Gluster volume path.${RO}
ISCSIPersistentVolumeSource: An iSCSI disk.
  chapAuthDiscovery boolean: Use CHAP authentication for discovery.
  chapAuthSession boolean: Use CHAP authentication for the session.${FS}
  initiatorName string: Custom iSCSI initiator name.
  iqn! string: Target iSCSI qualified name.
  iscsiInterface string: iSCSI interface name. Defaults to default (tcp).
  lun! integer: Target LUN number.
  portals []string: Additional target portal addresses.${RO}${SECRET("CHAP")}
  targetPortal! string: Target portal address, as ip:port.
LocalVolumeSource: Local storage on one node.
  fsType string: Filesystem type, for a raw block device; detected when unset.
  path! string: Full path of the disk, partition or directory on the node.
RBDPersistentVolumeSource: A Ceph RADOS block device.${FS}
  image! string: Name of the RADOS image.
  keyring string: Path of the key ring. Defaults to /etc/ceph/keyring.
  monitors! []string: Ceph monitor addresses.
  pool string: RADOS pool name. Defaults to rbd.${RO}${SECRET("Ceph")}
  user string: RADOS user name. Defaults to admin.
ScaleIOPersistentVolumeSource: A ScaleIO volume.
  fsType string: Filesystem type to mount. Defaults to xfs.
  gateway! string: Address of the ScaleIO API gateway.
  protectionDomain string: ScaleIO protection domain.${RO}
  secretRef! SecretReference: Secret holding the ScaleIO credentials.
  sslEnabled boolean: Use TLS to talk to the gateway.
  storageMode string: ThickProvisioned or ThinProvisioned (default).
  storagePool string: ScaleIO storage pool.
  system! string: Name of the ScaleIO storage system.
  volumeName string: Name of an existing ScaleIO volume.
StorageOSPersistentVolumeSource: A StorageOS volume.${FS}${RO}
  secretRef ObjectReference: Secret holding the StorageOS API credentials.
  volumeName string: Name of the StorageOS volume.
  volumeNamespace string: StorageOS namespace of the volume.
StorageClass: A StorageClass names a kind of storage: the provisioner that creates volumes for claims of this class, with its parameters and policies. Cluster-scoped.
  allowVolumeExpansion boolean: Whether claims of this class may be resized by raising their storage request.
  allowedTopologies []TopologySelectorTerm: Topologies where volumes may be provisioned; empty means anywhere.
  apiVersion string: Version of the API schema this object uses, such as storage.k8s.io/v1.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, labels, annotations and other metadata. The annotation storageclass.kubernetes.io/is-default-class marks the default class.
  mountOptions []string: Mount options given to provisioned volumes, such as ro or soft.
  parameters map[string]string: Provisioner-specific parameters.
  provisioner! string: Name of the volume plugin or CSI driver that provisions volumes, such as kubernetes.io/no-provisioner.
  reclaimPolicy string=Delete,Recycle,Retain: Reclaim policy of provisioned volumes: Delete (default) or Retain.
  volumeBindingMode string=Immediate,WaitForFirstConsumer: When claims are bound: Immediate (default) or WaitForFirstConsumer, which waits for a pod to be scheduled.
TopologySelectorTerm: A set of topology label requirements, all of which must hold.
  matchLabelExpressions []TopologySelectorLabelRequirement: The requirements.
TopologySelectorLabelRequirement: Values a topology label may take.
  key! string: Label key.
  values! []string: Allowed values.
`;
