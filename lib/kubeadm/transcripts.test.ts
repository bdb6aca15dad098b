import path from "node:path";
import { clusterTranscriptSuites } from "../testing/cluster-transcripts";

clusterTranscriptSuites("kubeadm", path.join(import.meta.dirname, "transcripts"));
