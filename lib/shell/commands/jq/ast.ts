/** The jq language subset exam takers use: paths, pipes, comma, literals, objects, operators, functions, if, as, reduce, assignment. */

export type Ast =
  | { k: "id" }
  | { k: "recurse" }
  | { k: "index"; target: Ast; index: Ast; opt: boolean }
  | { k: "slice"; target: Ast; from?: Ast; to?: Ast; opt: boolean }
  | { k: "iter"; target: Ast; opt: boolean }
  | { k: "lit"; v: unknown }
  | { k: "str"; parts: (string | Ast)[]; format?: string }
  | { k: "format"; name: string }
  | { k: "arr"; e?: Ast }
  | { k: "obj"; entries: { key: Ast; value?: Ast }[] }
  | { k: "pipe" | "comma" | "alt" | "and" | "or"; a: Ast; b: Ast }
  | { k: "bin"; op: string; a: Ast; b: Ast }
  | { k: "neg"; e: Ast }
  | { k: "call"; name: string; args: Ast[] }
  | { k: "if"; cond: Ast; then: Ast; else?: Ast }
  | { k: "as"; src: Ast; name: string; body: Ast }
  | { k: "var"; name: string }
  | { k: "reduce"; src: Ast; name: string; init: Ast; update: Ast }
  | { k: "assign"; op: string; lhs: Ast; rhs: Ast }
  | { k: "try"; e: Ast; catch?: Ast }
  | { k: "def"; name: string; params: string[]; body: Ast; rest: Ast };

