/** The awk syntax tree the parser builds and the interpreter walks. */
export type Expr =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "re"; v: string }
  | { k: "var"; name: string }
  | { k: "idx"; name: string; subs: Expr[] }
  | { k: "field"; e: Expr }
  | { k: "assign"; op: string; target: Expr; e: Expr }
  | { k: "cond"; c: Expr; a: Expr; b: Expr }
  | { k: "bin"; op: string; a: Expr; b: Expr }
  | { k: "and" | "or"; a: Expr; b: Expr }
  | { k: "not" | "neg" | "pos"; e: Expr }
  | { k: "match"; neg: boolean; e: Expr; re: Expr }
  | { k: "in"; subs: Expr[]; name: string }
  | { k: "incdec"; op: "++" | "--"; prefix: boolean; target: Expr }
  | { k: "call"; name: string; args: Expr[] }
  | { k: "builtin"; name: string; args: Expr[] }
  | { k: "group"; e: Expr };

export type Dest = { op: ">" | ">>" | "|"; e: Expr } | undefined;

export type Stmt =
  | { k: "print" | "printf"; args: Expr[]; dest: Dest }
  | { k: "expr"; e: Expr }
  | { k: "if"; c: Expr; a: Stmt; b?: Stmt }
  | { k: "while"; c: Expr; body: Stmt }
  | { k: "do"; body: Stmt; c: Expr }
  | { k: "for"; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { k: "forin"; v: string; arr: string; body: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "next" | "break" | "continue" | "nextfile" }
  | { k: "exit" | "return"; e?: Expr }
  | { k: "delete"; name: string; subs?: Expr[] }
  | { k: "getline" };

export interface Item {
  pattern?: Expr | [Expr, Expr] | "BEGIN" | "END";
  action?: Stmt[];
}

export interface Program {
  items: Item[];
  functions: Record<string, { params: string[]; body: Stmt[] }>;
}

export function isLvalue(e: Expr): boolean {
  return e.k === "var" || e.k === "idx" || e.k === "field";
}
