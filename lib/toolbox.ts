import type { Command } from "./shell/types";
import { coreutils } from "./shell/commands";
import { kubectl } from "./kubectl";
import { etcdctl } from "./etcdctl";
import { etcdutl } from "./etcdutl";
import { apt } from "./nodetools/apt";
import { aptGet } from "./nodetools/apt-get";
import { aptCache } from "./nodetools/apt-cache";
import { aptMark } from "./nodetools/apt-mark";
import { kubeletBinary } from "./nodetools/kubelet";
import { dpkg } from "./nodetools/dpkg";
import { kubeadm } from "./kubeadm";

/** Every command a learner's shell offers: coreutils and node tools, plus the exam CLIs. */
export const allCommands: Command[] = [...coreutils, kubectl, etcdctl, etcdutl, apt, aptGet, aptCache, aptMark, kubeletBinary, dpkg, kubeadm];
