import type { Command } from "./shell/types";
import { coreutils } from "./shell/commands";
import { kubectl } from "./kubectl";
import { etcdctl } from "./etcdctl";
import { etcdutl } from "./etcdutl";

/** Every command a learner's shell offers: coreutils and node tools, plus the exam CLIs. */
export const allCommands: Command[] = [...coreutils, kubectl, etcdctl, etcdutl];
