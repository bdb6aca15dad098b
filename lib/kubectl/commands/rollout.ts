import type { Subcommand } from "../context";
import { rolloutHistory } from "./rollout/history";
import { rolloutPause, rolloutRestart, rolloutResume, rolloutUndo } from "./rollout/actions";
import { rolloutStatus } from "./rollout/status";

export const rollout: Subcommand = {
  name: "rollout",
  summary: "Manage the rollout of a resource",
  flags: [],
  help: "",
  groupHelpTo: "stdout",
  children: [rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo],
};
