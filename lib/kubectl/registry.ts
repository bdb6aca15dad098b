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
import { expose } from "./commands/expose";
import { apiResources, apiVersions } from "./commands/api-resources";
import { clusterInfo } from "./commands/cluster-info";
import { auth } from "./commands/auth";
import { patch } from "./commands/patch";
import { replace } from "./commands/replace";
import { edit } from "./commands/edit";
import { wait } from "./commands/wait";
import { attach, portForward } from "./commands/streaming";
import { cp } from "./commands/cp";
import { top } from "./commands/top";
import { autoscale } from "./commands/autoscale";
import { certificate } from "./commands/certificate";
import { explain } from "./commands/explain";
import { options } from "./commands/options";
import { kustomizeCmd } from "./commands/kustomize";
import { events } from "./commands/events";
import { completion } from "./commands/completion";
import { plugin } from "./commands/plugin";
import { proxy } from "./commands/proxy";
import { diff } from "./commands/diff";
import { debug } from "./commands/debug";

/** Every kubectl subcommand we simulate, one file each. */
export const subcommands: Subcommand[] = [
  create, expose, run, set, explain, get, edit, deleteCmd, rollout, scale, autoscale, certificate, clusterInfo, top, cordon, uncordon, drain, taint,
  describe, logs, attach, exec, portForward, proxy, cp, auth, debug, events, diff, apply, patch, replace, wait, kustomizeCmd, label, annotate, completion, apiResources, apiVersions, config, plugin, version, options,
];

/** kubectl 1.32's commands in its help-group order (cobra command sorting is off); used for "Did you mean this?". */
export const KUBECTL_COMMAND_ORDER = [
  "create", "expose", "run", "set", "explain", "get", "edit", "delete", "rollout", "scale", "autoscale", "certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint",
  "describe", "logs", "attach", "exec", "port-forward", "proxy", "cp", "auth", "debug", "events", "diff", "apply", "patch", "replace", "wait", "kustomize", "label", "annotate", "completion",
  "api-resources", "api-versions", "config", "plugin", "version", "options",
];
