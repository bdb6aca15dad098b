import path from "node:path";
import { clusterTranscriptSuites } from "../testing/cluster-transcripts";
import { coreutils } from "./commands";

/** Shell and coreutils alone, in a cluster that has just been created. */
clusterTranscriptSuites("shell", path.join(import.meta.dirname, "transcripts"), { commands: coreutils, advanceMs: 0 });
