/** The shell's syntax tree: lists of and-or chains of pipelines of simple or compound commands. */

export interface Redirect {
  /** File descriptor being redirected (0, 1, 2), or "&" for both stdout and stderr (`&>`). */
  fd: 0 | 1 | 2 | "&";
  op: ">" | ">>" | "<" | ">&" | "<<" | "<<<";
  /** Target word (unexpanded), an fd number for `>&`, or the here-doc body for `<<`. */
  target: string;
  /** For here-docs: whether the body is expanded (unquoted delimiter). */
  expand?: boolean;
}

export interface SimpleCommand {
  type: "simple";
  /** Raw words, quotes intact; expansion happens at run time. */
  words: string[];
  redirects: Redirect[];
}

export interface IfClause {
  type: "if";
  branches: { cond: Script; body: Script }[];
  elseBody?: Script;
  redirects: Redirect[];
}

export interface ForClause {
  type: "for";
  name: string;
  /** Raw words after `in`; undefined means "$@". */
  words?: string[];
  body: Script;
  redirects: Redirect[];
}

/** `for ((init; cond; step))`. */
export interface ArithForClause {
  type: "arithfor";
  init: string;
  cond: string;
  step: string;
  body: Script;
  redirects: Redirect[];
}

export interface WhileClause {
  type: "while";
  until: boolean;
  cond: Script;
  body: Script;
  redirects: Redirect[];
}

export interface CaseClause {
  type: "case";
  word: string;
  items: { patterns: string[]; body: Script }[];
  redirects: Redirect[];
}

/** `{ list; }` (same shell) or `( list )` (subshell: variable and cwd changes are undone). */
export interface GroupCommand {
  type: "group";
  subshell: boolean;
  body: Script;
  redirects: Redirect[];
}

export interface FunctionDef {
  type: "function";
  name: string;
  body: Command;
  redirects: Redirect[];
}

/** `(( expr ))`. */
export interface ArithCommand {
  type: "arith";
  expr: string;
  redirects: Redirect[];
}

/** `[[ ... ]]`: raw words between the brackets. */
export interface CondCommand {
  type: "cond";
  words: string[];
  redirects: Redirect[];
}

export type Command = SimpleCommand | IfClause | ForClause | ArithForClause | WhileClause | CaseClause | GroupCommand | FunctionDef | ArithCommand | CondCommand;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
}

export type Script = AndOr[];

export class ShellSyntaxError extends Error {
  constructor(
    readonly token: string,
    message?: string,
  ) {
    super(message ?? `syntax error near unexpected token \`${token}'`);
  }
}

/** Input that needs more lines (open quote, trailing `|`, unfinished here-doc, open `if`/`for`). */
export class IncompleteInput extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}
