import type { Subcommand } from "./context";
import { apply } from "./commands/apply";
import { config } from "./commands/config";
import { create } from "./commands/create";
import { deleteCmd } from "./commands/delete";
import { get } from "./commands/get";
import { run } from "./commands/run";
import { version } from "./commands/version";
import { annotate, label } from "./commands/meta-update";
import { set } from "./commands/set";
import { scale } from "./commands/scale";
import { cordon, uncordon } from "./commands/node/cordon";
import { drain } from "./commands/node/drain";
import { taint } from "./commands/node/taint";
import { describe } from "./commands/describe";
import { logs } from "./commands/logs";
import { exec } from "./commands/exec";
import { rollout } from "./commands/rollout";

/** Every kubectl subcommand we simulate, one file each. */
export const subcommands: Subcommand[] = [create, run, set, get, describe, deleteCmd, rollout, scale, cordon, uncordon, drain, taint, logs, exec, apply, label, annotate, config, version];

/** kubectl 1.32's commands in its help-group order (cobra command sorting is off); used for "Did you mean this?". */
export const KUBECTL_COMMAND_ORDER = [
  "create", "expose", "run", "set", "explain", "get", "edit", "delete", "rollout", "scale", "autoscale", "certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint",
  "describe", "logs", "attach", "exec", "port-forward", "proxy", "cp", "auth", "debug", "events", "diff", "apply", "patch", "replace", "wait", "kustomize", "label", "annotate", "completion",
  "api-resources", "api-versions", "config", "plugin", "version", "options",
];
