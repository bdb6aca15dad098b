/** batch/v1: Job and CronJob (Kubernetes v1.32 field set). */
const TOP = (spec: string, status: string, what: string) => `
  apiVersion string: Version of the API schema this object uses, such as batch/v1. The server converts other recognised versions.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name, namespace, labels, annotations and other metadata of the object.
  spec ${spec}: Desired behaviour of the ${what}.
  status ${status}: Most recently observed state of the ${what}, written by its controller. Read-only.`;

export default `
Job: A Job runs pods until a given number of them complete successfully, retrying failures up to a limit.${TOP("JobSpec", "JobStatus", "Job")}
JobSpec: What a Job runs and when it counts as finished.
  activeDeadlineSeconds integer: Seconds the Job may be active, counted from its start, before it is failed and its pods stopped.
  backoffLimit integer: Retries before the Job is marked failed. Defaults to 6.
  backoffLimitPerIndex integer: Retries allowed per index of an Indexed Job before that index fails.
  completionMode string=Indexed,NonIndexed: NonIndexed (default: any completions count) or Indexed (each pod gets an index from 0 to completions-1).
  completions integer: Successful pods needed to finish the Job. Defaults to 1 when parallelism is unset.
  managedBy string: Controller that manages the Job; empty or kubernetes.io/job-controller means the built-in one.
  manualSelector boolean: Use your own selector instead of the generated one. Rarely needed.
  maxFailedIndexes integer: Failed indexes tolerated before the whole Indexed Job fails.
  parallelism integer: Most pods running at once. Defaults to 1.
  podFailurePolicy PodFailurePolicy: Rules that decide how particular pod failures count.
  podReplacementPolicy string=Failed,TerminatingOrFailed: When replacement pods are created: TerminatingOrFailed (default) or Failed.
  selector LabelSelector: Selector for the Job's pods; generated unless manualSelector is true.
  successPolicy SuccessPolicy: Rules that let an Indexed Job succeed before all indexes complete.
  suspend boolean: Suspend the Job: no pods are created and running ones are stopped. Defaults to false.
  template! PodTemplateSpec: Template of the pods; restartPolicy must be Never or OnFailure.
  ttlSecondsAfterFinished integer: Seconds after the Job finishes before it (and its pods) are deleted automatically.
JobStatus: Observed state of a Job.
  active integer: Pods currently pending or running.
  completedIndexes string: Completed indexes of an Indexed Job, as ranges such as 1,3-5.
  completionTime Time: When the Job completed.
  conditions []JobCondition: Latest observations, such as Complete, Failed and Suspended.
  failed integer: Pods that failed.
  failedIndexes string: Failed indexes when backoffLimitPerIndex is set.
  ready integer: Active pods that are ready.
  startTime Time: When the controller started processing the Job.
  succeeded integer: Pods that succeeded.
  terminating integer: Pods terminating at the moment.
  uncountedTerminatedPods UncountedTerminatedPods: Finished pods not yet added to the counters.
JobCondition: One condition of a Job.
  lastProbeTime Time: When the condition was last checked.
  lastTransitionTime Time: When the condition last changed status.
  message string: Human-readable detail about the last transition.
  reason string: Short CamelCase reason, such as BackoffLimitExceeded or DeadlineExceeded.
  status! string: True, False or Unknown.
  type! string: Complete, Failed, Suspended, FailureTarget or SuccessCriteriaMet.
UncountedTerminatedPods: UIDs of finished pods the controller has not counted yet.
  failed []string: UIDs of failed pods.
  succeeded []string: UIDs of succeeded pods.
PodFailurePolicy: Rules evaluated in order against each failed pod; the first match decides.
  rules! []PodFailurePolicyRule: The rules.
PodFailurePolicyRule: Matches failed pods by exit codes or conditions and chooses an action.
  action! string=Count,FailIndex,FailJob,Ignore: FailJob, FailIndex, Ignore (not counted against backoffLimit) or Count.
  onExitCodes PodFailurePolicyOnExitCodesRequirement: Match on container exit codes.
  onPodConditions []PodFailurePolicyOnPodConditionsPattern: Match on pod conditions, such as DisruptionTarget.
PodFailurePolicyOnExitCodesRequirement: Exit codes that make a rule match.
  containerName string: Only look at this container; all containers when unset.
  operator! string=In,NotIn: In or NotIn the values.
  values! []integer: Exit codes, in ascending order; 0 is not allowed with In.
PodFailurePolicyOnPodConditionsPattern: A pod condition that makes a rule match.
  status! string: Required status of the condition. Defaults to True.
  type! string: Condition type.
SuccessPolicy: Criteria for declaring an Indexed Job successful early.
  rules! []SuccessPolicyRule: Any matching rule makes the Job succeed.
SuccessPolicyRule: One success criterion.
  succeededCount integer: Number of succeeded indexes needed (within succeededIndexes when given).
  succeededIndexes string: Indexes that must succeed, as ranges such as 0,2-4.
CronJob: A CronJob creates Jobs on a repeating schedule written in cron syntax.${TOP("CronJobSpec", "CronJobStatus", "CronJob")}
CronJobSpec: Schedule and Job template of a CronJob.
  concurrencyPolicy string=Allow,Forbid,Replace: What to do when a run is due while the previous one still runs: Allow (default), Forbid or Replace.
  failedJobsHistoryLimit integer: Failed Jobs to keep. Defaults to 1.
  jobTemplate! JobTemplateSpec: Template of the Jobs to create.
  schedule! string: Schedule in cron format, such as */5 * * * * or @hourly.
  startingDeadlineSeconds integer: How late a missed run may still start, in seconds; later runs are counted as missed.
  successfulJobsHistoryLimit integer: Successful Jobs to keep. Defaults to 3.
  suspend boolean: Stop creating new runs; running Jobs continue. Defaults to false.
  timeZone string: Time zone of the schedule, such as Etc/UTC; the controller's local zone when unset.
CronJobStatus: Observed state of a CronJob.
  active []ObjectReference: Jobs currently running.
  lastScheduleTime Time: When a Job was last scheduled.
  lastSuccessfulTime Time: When a Job last completed successfully.
JobTemplateSpec: A template of the Jobs a CronJob creates.
  metadata ObjectMeta: Metadata of the created Jobs.
  spec JobSpec: Specification of the created Jobs.
`;
