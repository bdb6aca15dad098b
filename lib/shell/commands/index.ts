import type { Command } from "../types";
import { cat } from "./cat";
import { echo } from "./echo";
import { cp, mkdir, mv, rm, touch } from "./files";
import { grep } from "./grep";
import { head } from "./head";
import { ls } from "./ls";
import { clear, date, env, hostname, id, sleep, whoami } from "./system";
import { journalctl, systemctl } from "./systemctl";
import { tail } from "./tail";
import { base64, cut, sort, tee, tr, uniq } from "./text";
import { wc } from "./wc";
import { sed } from "./sed";
import { nano, vi, vim } from "./editor";
import { printf } from "./printf";
import { awk } from "./awk";
import { jq } from "./jq";
import { find } from "./find";
import { diff } from "./diff";
import { crictl } from "./crictl";
import { ps } from "./ps";
import { ss } from "./ss";
import { ip } from "./ip";
import { kill, man, watch, which } from "./procs";
import { seq } from "./seq";

/** Every coreutils-like command the shell offers, in one table. */
export const coreutils: Command[] = [awk, base64, cat, clear, cp, crictl, cut, date, diff, echo, env, find, grep, head, hostname, id, ip, journalctl, jq, kill, ls, man, mkdir, mv, nano, printf, ps, rm, sed, seq, sleep, sort, ss, systemctl, tail, tee, touch, tr, uniq, vi, vim, watch, wc, which, whoami];
