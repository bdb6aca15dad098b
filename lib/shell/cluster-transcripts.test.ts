import path from "node:path";
import { clusterTranscriptSuites } from "../testing/cluster-transcripts";

/** Shell features exercised together with kubectl and the cluster network (transcripts/cluster/). */
clusterTranscriptSuites("shell", path.join(import.meta.dirname, "transcripts", "cluster"));
