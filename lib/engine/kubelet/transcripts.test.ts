import path from "node:path";
import { clusterTranscriptSuites } from "../../testing/cluster-transcripts";

clusterTranscriptSuites("kubelet", path.join(import.meta.dirname, "transcripts"));
