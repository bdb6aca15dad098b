import path from "node:path";
import { clusterTranscriptSuites } from "../testing/cluster-transcripts";

clusterTranscriptSuites("etcdctl", path.join(import.meta.dirname, "transcripts"));
