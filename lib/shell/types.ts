import type { Environment } from "../engine/environment";
import type { Host } from "../engine/host";

/**
 * The contract between the shell interpreter and the commands it runs. Every command — coreutils,
 * kubectl, etcdctl, kubeadm, systemctl — is one module exporting a `Command`, registered in one table
 * (commands/index.ts). Commands are synchronous and pure over the context: no host I/O, no wall time.
 */

export interface CommandContext {
  readonly stdin: string;
  /** Consumes one line of stdin (for `read`); undefined at end of input. */
  readLine?(): string | undefined;
  /** Exported variables visible to the command. */
  readonly env: Record<string, string>;
  readonly cwd: string;
  /** The host the shell is on (changes with `ssh`). */
  readonly host: Host;
  /** The effective user (`root` after `sudo -i`). */
  readonly user: string;
  readonly environment: Environment;
  /** Write to the command's stdout / stderr streams. */
  out(text: string): void;
  err(text: string): void;
  /** Resolve a path typed by the user against cwd and `~`. */
  resolve(path: string): string;
  /** Run another command line in a subshell (for `watch`, `xargs`, `sudo cmd`, `ssh host cmd`). */
  run(line: string, opts?: { host?: string; user?: string; stdin?: string }): CommandResult;
  /** Ask the UI to open a file in the editor (vi/vim/nano, kubectl edit). */
  openEditor?(request: EditorRequest): void;
  /** Change shell state (cd, export, ssh, sudo -i, exit). Only builtins use this. */
  readonly shell: ShellControl;
}

/** How a login differs from `ssh`'s: where it starts, its prompt, what `exit` prints (`chroot /host` prints nothing). */
export interface LoginOptions {
  cwd?: string;
  prompt?: string;
  farewell?: string;
}

export interface EditorRequest {
  host: string;
  path: string;
  /** For `kubectl edit`: what to run when the user saves. */
  onSave?: string;
}

export interface ShellControl {
  setCwd(path: string): void;
  setVar(name: string, value: string, exported?: boolean): void;
  unsetVar(name: string): void;
  setAlias(name: string, value: string): void;
  unsetAlias(name: string): void;
  aliases(): Record<string, string>;
  history(): string[];
  /** All shell variables (exported or not), for `set`/`env`-like listings. */
  vars(): Record<string, string>;
  /** Push a new login (ssh host / sudo -i); `exit` pops it. */
  pushLogin(host: string, user: string, opts?: LoginOptions): void;
  /** Pops the current login; false when there is none to leave. */
  popLogin(): boolean;
  /** What leaving the current login prints (undefined: ssh's `logout` / `Connection to … closed.`). */
  farewell?(): string | undefined;
  /** Hand the terminal to an interactive program (`kubectl exec -it`): the next lines go to `command`'s session handler. */
  pushSession?(command: string, state: unknown): void;
  /** Shell functions defined in this login. */
  functions?(): string[];
  unsetFunction?(name: string): boolean;
  /** Evaluates an arithmetic expression (`let`): the value, or bash's error message. */
  arith?(expr: string): number | string;
  /** Every command name in the table (for `which`, `type`, completion). */
  commandNames?(): string[];
  /** The one-line usage of a command (for `man`). */
  commandUsage?(name: string): string | undefined;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Command {
  name: string;
  /** One line, shown by `help`/`man` and in errors. */
  usage: string;
  /** argv[0] is the command name as typed (after alias expansion). Returns the exit code. */
  run(argv: string[], ctx: CommandContext): number;
  /** Tab completion of the last of `words` (the arguments after the command name). */
  complete?(words: string[], ctx: CommandContext): string[];
  /** For a command that can take over the terminal (see ShellControl.pushSession). */
  session?: SessionHandler;
}

/**
 * An interactive program holding the terminal, such as a shell inside a container: it prints its
 * own prompt and reads each line the user types until it ends. Its state is plain JSON (persisted).
 */
export interface SessionHandler {
  prompt(state: unknown): string;
  /** Runs one typed line. `end` returns the terminal to the shell; `state` replaces the session's state. */
  line(line: string, state: unknown, ctx: CommandContext): CommandResult & { state?: unknown; end?: boolean };
}
