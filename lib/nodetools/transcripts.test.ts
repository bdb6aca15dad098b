import path from "node:path";
import { clusterTranscriptSuites } from "../testing/cluster-transcripts";

/** Each transcript file runs in one fresh default cluster, one hour after it was created. */
clusterTranscriptSuites("node tools", path.join(import.meta.dirname, "transcripts"));
