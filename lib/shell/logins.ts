import type { FunctionDef } from "./parser/ast";

/** A shell variable and whether it is exported to commands. */
export interface ShellVar {
  value: string;
  exported: boolean;
}

/** One login: the shell you get after `ssh node01` or `sudo -i`. */
export interface LoginFrame {
  host: string;
  user: string;
  cwd: string;
  vars: Record<string, ShellVar>;
  aliases: Record<string, string>;
  functions?: Record<string, FunctionDef>;
  /** A login that is not ssh's (`chroot /host`): its own prompt and what `exit` prints. */
  ps1?: string;
  farewell?: string;
  /** An interactive program holding the terminal (a shell in a container): lines go to its command's session handler. */
  session?: { command: string; state: unknown };
}

/** The persisted part of a shell: the login stack (ssh, sudo -i, exec sessions), history, `$?`. */
export interface ShellState {
  logins: LoginFrame[];
  history: string[];
  lastExit: number;
}

export const homeOf = (user: string) => (user === "root" ? "/root" : `/home/${user}`);

const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** A fresh login frame as `login` sets it up: home directory, HOME, USER, PATH, HOSTNAME. */
export function newLogin(host: string, user: string): LoginFrame {
  const home = homeOf(user);
  return {
    host,
    user,
    cwd: home,
    vars: { HOME: { value: home, exported: true }, USER: { value: user, exported: true }, PATH: { value: PATH, exported: true }, HOSTNAME: { value: host, exported: false } },
    aliases: {},
  };
}

/** bash's default prompt for a login, `host:~/dir$ `. */
export function defaultPrompt(frame: LoginFrame): string {
  const home = homeOf(frame.user);
  const cwd = frame.cwd === home ? "~" : frame.cwd.startsWith(home + "/") ? "~" + frame.cwd.slice(home.length) : frame.cwd;
  return `${frame.host}:${cwd}$ `;
}

/** The exported variables of a login, as a command's environment. */
export function exportedEnv(frame: LoginFrame): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(frame.vars)) if (v.exported) env[k] = v.value;
  return env;
}

const MAX_HISTORY = 1000;

/** Appends a typed line to the history, keeping the last MAX_HISTORY lines. */
export function remember(history: string[], line: string): void {
  history.push(line);
  if (history.length > MAX_HISTORY) history.shift();
}
