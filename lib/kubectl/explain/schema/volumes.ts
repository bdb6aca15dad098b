/** Pod volumes and their sources (Kubernetes v1.32 field set). */
const FS = `
  fsType string: Filesystem type to mount, such as ext4 or xfs; ext4 is assumed when unset.`;
const RO = `
  readOnly boolean: Mount the volume read-only. Defaults to false.`;
const SECRET_REF = (what: string) => `
  secretRef LocalObjectReference: Secret holding the ${what} credentials.`;
const MODE = `
  defaultMode integer: Permission bits (octal 0000-0777, or decimal) for the created files. Defaults to 0644.`;
const ITEMS = (what: string) => `
  items []KeyToPath: Project only these keys, each to the given path; without it every key of the ${what} becomes a file.
  name string: Name of the ${what}.
  optional boolean: Whether the ${what} or its keys may be missing.`;

export default `
Volume: A named volume of a pod that containers can mount. Set name and exactly one source.
  awsElasticBlockStore AWSElasticBlockStoreVolumeSource: Deprecated in-tree AWS EBS disk; served by the ebs.csi.aws.com CSI driver.
  azureDisk AzureDiskVolumeSource: Deprecated in-tree Azure data disk; served by the disk.csi.azure.com CSI driver.
  azureFile AzureFileVolumeSource: Deprecated in-tree Azure File share; served by the file.csi.azure.com CSI driver.
  cephfs CephFSVolumeSource: Deprecated CephFS mount.
  cinder CinderVolumeSource: Deprecated in-tree OpenStack Cinder volume.
  configMap ConfigMapVolumeSource: Files built from the keys of a ConfigMap.
  csi CSIVolumeSource: Ephemeral volume provided by a CSI driver.
  downwardAPI DownwardAPIVolumeSource: Files holding fields of the pod itself, such as its labels.
  emptyDir EmptyDirVolumeSource: An empty directory created when the pod starts and removed when it leaves the node.
  ephemeral EphemeralVolumeSource: A PVC created for this pod from a template and deleted with it.
  fc FCVolumeSource: Fibre Channel disk attached to the node.
  flexVolume FlexVolumeSource: Deprecated volume driven by a FlexVolume plugin.
  flocker FlockerVolumeSource: Deprecated Flocker dataset.
  gcePersistentDisk GCEPersistentDiskVolumeSource: Deprecated in-tree GCE persistent disk; served by the pd.csi.storage.gke.io CSI driver.
  gitRepo GitRepoVolumeSource: Deprecated: a directory cloned from a git repository. Use an init container instead.
  glusterfs GlusterfsVolumeSource: Deprecated GlusterFS mount.
  hostPath HostPathVolumeSource: A file or directory of the node's filesystem. Gives access to the host; avoid it for applications.
  image ImageVolumeSource: Read-only content of an OCI image or artifact (alpha).
  iscsi ISCSIVolumeSource: iSCSI disk attached to the node.
  name! string: Name of the volume, a DNS label unique within the pod; volumeMounts refer to it.
  nfs NFSVolumeSource: An NFS export mounted into the pod.
  persistentVolumeClaim PersistentVolumeClaimVolumeSource: The volume bound to a PersistentVolumeClaim in the pod's namespace.
  photonPersistentDisk PhotonPersistentDiskVolumeSource: Deprecated Photon Controller disk.
  portworxVolume PortworxVolumeSource: Deprecated in-tree Portworx volume.
  projected ProjectedVolumeSource: Several sources (secrets, ConfigMaps, downward API, service account tokens) merged into one directory.
  quobyte QuobyteVolumeSource: Deprecated Quobyte mount.
  rbd RBDVolumeSource: Deprecated Ceph RBD block device.
  scaleIO ScaleIOVolumeSource: Deprecated ScaleIO volume.
  secret SecretVolumeSource: Files built from the keys of a Secret.
  storageos StorageOSVolumeSource: Deprecated StorageOS volume.
  vsphereVolume VsphereVirtualDiskVolumeSource: Deprecated in-tree vSphere disk; served by the csi.vsphere.vmware.com CSI driver.
AWSElasticBlockStoreVolumeSource: An AWS EBS disk. The disk must exist and be in the node's zone.${FS}
  partition integer: Partition number to mount; the whole disk when unset.${RO}
  volumeID! string: ID of the EBS volume.
AzureDiskVolumeSource: An Azure data disk.
  cachingMode string=None,ReadOnly,ReadWrite: Host caching mode: None, ReadOnly or ReadWrite.
  diskName! string: Name of the disk in blob storage.
  diskURI! string: URI of the disk in blob storage.${FS}
  kind string=Dedicated,Managed,Shared: Shared, Dedicated or Managed (default) disk.${RO}
AzureFileVolumeSource: An Azure File share.${RO}
  secretName! string: Secret holding the storage account name and key.
  shareName! string: Name of the share.
CephFSVolumeSource: A CephFS mount.
  monitors! []string: Ceph monitor addresses.
  path string: Path inside the filesystem to mount. Defaults to /.${RO}
  secretFile string: Path of the key ring for the user. Defaults to /etc/ceph/user.secret.${SECRET_REF("Ceph")}
  user string: RADOS user name. Defaults to admin.
CinderVolumeSource: An OpenStack Cinder volume.${FS}${RO}${SECRET_REF("OpenStack")}
  volumeID! string: ID of the Cinder volume.
ConfigMapVolumeSource: Fills a volume with the keys of a ConfigMap, one file per key.${MODE}${ITEMS("ConfigMap")}
KeyToPath: Maps one key to a file path inside the volume.
  key! string: The key to project.
  mode integer: Permission bits for this file; defaultMode is used when unset.
  path! string: Relative path of the file. Must not contain '..' or start with it.
CSIVolumeSource: An inline ephemeral volume from a CSI driver.
  driver! string: Name of the CSI driver.
  fsType string: Filesystem type to mount; passed to the driver.
  nodePublishSecretRef LocalObjectReference: Secret with sensitive data passed to the driver's publish calls.${RO}
  volumeAttributes map[string]string: Driver-specific properties.
DownwardAPIVolumeSource: Fills a volume with fields of the pod.${MODE}
  items []DownwardAPIVolumeFile: The files to create.
DownwardAPIVolumeFile: One file holding a pod field or a container resource value.
  fieldRef ObjectFieldSelector: Pod field to write: metadata.name, metadata.namespace, metadata.uid, metadata.labels or metadata.annotations.
  mode integer: Permission bits for this file; defaultMode is used when unset.
  path! string: Relative path of the file.
  resourceFieldRef ResourceFieldSelector: Container limit or request to write, such as limits.cpu.
EmptyDirVolumeSource: An empty scratch directory that lives as long as the pod stays on its node.
  medium string: Storage medium: "" (the node's default disk) or Memory (a tmpfs).
  sizeLimit Quantity: Maximum size of the volume; the pod is evicted when it is exceeded.
EphemeralVolumeSource: A PVC created from a template when the pod is created and deleted with the pod.
  volumeClaimTemplate PersistentVolumeClaimTemplate: Template of the claim, named <pod>-<volume>.
PersistentVolumeClaimTemplate: A template of a PersistentVolumeClaim.
  metadata ObjectMeta: Labels and annotations copied into the claim.
  spec! PersistentVolumeClaimSpec: Specification of the claim.
FCVolumeSource: A Fibre Channel disk.${FS}
  lun integer: Target LUN number.${RO}
  targetWWNs []string: Target world wide names.
  wwids []string: Volume world wide identifiers; use either wwids or targetWWNs with lun.
FlexVolumeSource: A volume handled by a FlexVolume driver on the node.
  driver! string: Name of the driver.
  fsType string: Filesystem type to mount; the default depends on the driver.
  options map[string]string: Extra options passed to the driver.${RO}${SECRET_REF("driver")}
FlockerVolumeSource: A Flocker dataset.
  datasetName string: Name of the dataset.
  datasetUUID string: UUID of the dataset.
GCEPersistentDiskVolumeSource: A GCE persistent disk.${FS}
  partition integer: Partition number to mount; the whole disk when unset.
  pdName! string: Name of the persistent disk.${RO}
GitRepoVolumeSource: A directory populated with a git clone.
  directory string: Target directory name; "." clones into the volume root.
  repository! string: Repository URL.
  revision string: Commit hash to check out.
GlusterfsVolumeSource: A GlusterFS mount.
  endpoints! string: Name of the Endpoints object listing the Gluster servers.
  path! string: Gluster volume path.${RO}
HostPathVolumeSource: A path on the node mounted into the pod.
  path! string: Path on the node. A symlink is followed to its target.
  type string="",BlockDevice,CharDevice,Directory,DirectoryOrCreate,File,FileOrCreate,Socket: Check or create the path first: "" (no check), DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice or BlockDevice.
ImageVolumeSource: An OCI image or artifact mounted read-only.
  pullPolicy string=Always,IfNotPresent,Never: When to pull the reference: Always, Never or IfNotPresent.
  reference string: Image or artifact reference to mount.
ISCSIVolumeSource: An iSCSI disk.
  chapAuthDiscovery boolean: Use CHAP authentication for discovery.
  chapAuthSession boolean: Use CHAP authentication for the session.${FS}
  initiatorName string: Custom iSCSI initiator name.
  iqn! string: Target iSCSI qualified name.
  iscsiInterface string: iSCSI interface name. Defaults to default (tcp).
  lun! integer: Target LUN number.
  portals []string: Additional target portal addresses.${RO}${SECRET_REF("CHAP")}
  targetPortal! string: Target portal address, as ip:port (port 3260 by default).
NFSVolumeSource: An NFS export.
  path! string: Exported path on the server.
  readOnly boolean: Mount the export read-only. Defaults to false.
  server! string: Host name or IP address of the NFS server.
PersistentVolumeClaimVolumeSource: Uses the volume bound to a claim in the pod's namespace.
  claimName! string: Name of the PersistentVolumeClaim.
  readOnly boolean: Mount the volume read-only. Defaults to false.
PhotonPersistentDiskVolumeSource: A Photon Controller disk.${FS}
  pdID! string: ID of the disk.
PortworxVolumeSource: A Portworx volume.
  fsType string: Filesystem type to mount, such as ext4 or xfs.${RO}
  volumeID! string: ID of the Portworx volume.
ProjectedVolumeSource: Several sources projected into one directory.${MODE}
  sources []VolumeProjection: The sources to project.
VolumeProjection: One source of a projected volume; set exactly one field.
  clusterTrustBundle ClusterTrustBundleProjection: Certificates from ClusterTrustBundle objects.
  configMap ConfigMapProjection: Keys of a ConfigMap.
  downwardAPI DownwardAPIProjection: Fields of the pod.
  secret SecretProjection: Keys of a Secret.
  serviceAccountToken ServiceAccountTokenProjection: A token of the pod's service account.
ClusterTrustBundleProjection: Certificates from ClusterTrustBundles written into one file.
  labelSelector LabelSelector: Select bundles with this signer by label.
  name string: Select a single bundle by name.
  optional boolean: Whether a missing bundle is tolerated.
  path! string: Relative path of the file.
  signerName string: Select bundles of this signer.
ConfigMapProjection: ConfigMap keys in a projected volume.${ITEMS("ConfigMap")}
DownwardAPIProjection: Pod fields in a projected volume.
  items []DownwardAPIVolumeFile: The files to create.
SecretProjection: Secret keys in a projected volume.${ITEMS("Secret")}
ServiceAccountTokenProjection: A service account token that the kubelet requests and rotates.
  audience string: Intended audience of the token. Defaults to the API server's audience.
  expirationSeconds integer: Requested lifetime of the token. Defaults to 1 hour; at least 10 minutes.
  path! string: Relative path of the token file.
QuobyteVolumeSource: A Quobyte volume.
  group string: Group the volume access maps to.${RO}
  registry! string: Quobyte registry addresses, as host:port pairs.
  tenant string: Tenant owning the volume.
  user string: User the volume access maps to.
  volume! string: Name of the Quobyte volume.
RBDVolumeSource: A Ceph RADOS block device.${FS}
  image! string: Name of the RADOS image.
  keyring string: Path of the key ring. Defaults to /etc/ceph/keyring.
  monitors! []string: Ceph monitor addresses.
  pool string: RADOS pool name. Defaults to rbd.${RO}${SECRET_REF("Ceph")}
  user string: RADOS user name. Defaults to admin.
ScaleIOVolumeSource: A ScaleIO volume.
  fsType string: Filesystem type to mount. Defaults to xfs.
  gateway! string: Address of the ScaleIO API gateway.
  protectionDomain string: ScaleIO protection domain.${RO}
  secretRef! LocalObjectReference: Secret holding the ScaleIO credentials.
  sslEnabled boolean: Use TLS to talk to the gateway.
  storageMode string: ThickProvisioned or ThinProvisioned (default).
  storagePool string: ScaleIO storage pool.
  system! string: Name of the ScaleIO storage system.
  volumeName string: Name of an existing ScaleIO volume.
SecretVolumeSource: Fills a volume with the keys of a Secret, one file per key.${MODE}
  items []KeyToPath: Project only these keys, each to the given path; without it every key becomes a file.
  optional boolean: Whether the Secret or its keys may be missing.
  secretName string: Name of the Secret in the pod's namespace.
StorageOSVolumeSource: A StorageOS volume.${FS}${RO}${SECRET_REF("StorageOS API")}
  volumeName string: Name of the StorageOS volume.
  volumeNamespace string: StorageOS namespace of the volume; defaults to the pod's namespace.
VsphereVirtualDiskVolumeSource: A vSphere virtual disk.${FS}
  storagePolicyID string: ID of the storage policy.
  storagePolicyName string: Name of the storage policy.
  volumePath! string: Path of the VMDK file.
`;
