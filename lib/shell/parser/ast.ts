/** The shell's syntax tree: a list of and-or chains of pipelines of simple commands. */

export interface Redirect {
  /** File descriptor being redirected (0, 1, 2), or "&" for both stdout and stderr (`&>`). */
  fd: 0 | 1 | 2 | "&";
  op: ">" | ">>" | "<" | ">&" | "<<";
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

export interface Pipeline {
  negate: boolean;
  commands: SimpleCommand[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
}

export type Script = AndOr[];

export class ShellSyntaxError extends Error {
  constructor(readonly token: string) {
    super(`syntax error near unexpected token \`${token}'`);
  }
}

/** Input that needs more lines (open quote, trailing `|`, unfinished here-doc). */
export class IncompleteInput extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}
