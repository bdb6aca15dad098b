import type { KubeObject } from "../../engine/api/types";
import { formatLabels } from "../printers/workload-columns";
import { describeEvents, DescribeWriter, annotationsMultiline, labelsMultiline } from "./writer";
import { describePodTemplate } from "./generic";
import { podsStatusLine } from "./pods-status";
import { selectorString } from "./workloads";

// Models describe.go DaemonSetDescriber.
export function describeDaemonSet(ds: KubeObject, events: KubeObject[] | undefined, now: number, pods: KubeObject[]): string {
  const w = new DescribeWriter();
  const st = ds.status ?? {};
  w.write(0, `Name:\t${ds.metadata.name}\n`);
  w.write(0, `Namespace:\t${ds.metadata.namespace}\n`);
  w.write(0, `Selector:\t${selectorString(ds.spec?.selector)}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
  labelsMultiline(w, 0, "Labels", ds.metadata.labels);
  annotationsMultiline(w, 0, ds.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podsStatusLine(pods)}\n`);
  describePodTemplate(w, ds.spec?.template);
  describeEvents(w, events, now);
  return w.toString();
}
