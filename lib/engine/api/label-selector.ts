/**
 * The label selector language as apimachinery's labels.Parse reads it, with its exact error texts
 * (the API server returns them for `?labelSelector=`, kubectl top prints them client-side).
 * Models staging/src/k8s.io/apimachinery/pkg/labels/selector.go (Lexer, Parser, NewRequirement).
 */

export type LabelRequirement =
  | { key: string; op: "=" | "!=" | "gt" | "lt"; value: string }
  | { key: string; op: "in" | "notin"; values: string[] }
  | { key: string; op: "exists" | "!exists" };

export class SelectorParseError extends Error {}

type Tok = "error" | "eos" | ")" | "," | "!" | "==" | "=" | ">" | "id" | "in" | "<" | "!=" | "notin" | "(";
interface Item {
  tok: Tok;
  lit: string;
}

const SYMBOLS = new Set([")", ",", "!", "==", "=", ">", "<", "!=", "("]);
const KEYWORDS = new Set(["in", "notin"]);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";
const isSpecial = (c: string) => "=!(),><".includes(c);

function lex(s: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isSpace(s[pos])) pos++;
    if (pos >= s.length) {
      items.push({ tok: "eos", lit: "" });
      return items;
    }
    if (isSpecial(s[pos])) {
      // The longest run of symbol characters that still spells an operator.
      let buf = "";
      let last: Item | undefined;
      while (pos < s.length && isSpecial(s[pos])) {
        buf += s[pos];
        if (SYMBOLS.has(buf)) last = { tok: buf as Tok, lit: buf };
        else if (last) break;
        pos++;
      }
      items.push(last ?? { tok: "error", lit: `error expected: keyword found '${buf}'` });
      continue;
    }
    let buf = "";
    while (pos < s.length && !isSpecial(s[pos]) && !isSpace(s[pos])) buf += s[pos++];
    items.push({ tok: KEYWORDS.has(buf) ? (buf as Tok) : "id", lit: buf });
  }
}

const BINARY = "in, notin, =, ==, !=, gt, lt";

class Parser {
  private pos = 0;
  constructor(private readonly items: Item[]) {}

  /** In value position `in` and `notin` are plain identifiers. */
  private peek(values = true): Item {
    const it = this.items[this.pos];
    return values && (it.tok === "in" || it.tok === "notin") ? { tok: "id", lit: it.lit } : it;
  }
  private next(values = true): Item {
    const it = this.peek(values);
    this.pos++;
    return it;
  }

  parse(): LabelRequirement[] {
    const out: LabelRequirement[] = [];
    for (;;) {
      const { tok, lit } = this.peek();
      if (tok === "eos") return out;
      if (tok !== "id" && tok !== "!") throw new SelectorParseError(`found '${lit}', expected: !, identifier, or 'end of string'`);
      try {
        out.push(this.requirement());
      } catch (e) {
        if (e instanceof SelectorParseError) throw new SelectorParseError(`unable to parse requirement: ${e.message}`);
        throw e;
      }
      const t = this.next();
      if (t.tok === "eos") return out;
      if (t.tok !== ",") throw new SelectorParseError(`found '${t.lit}', expected: ',' or 'end of string'`);
      const after = this.peek();
      if (after.tok !== "id" && after.tok !== "!") throw new SelectorParseError(`found '${after.lit}', expected: identifier after ','`);
    }
  }

  private requirement(): LabelRequirement {
    let t = this.next();
    const negated = t.tok === "!";
    if (negated) t = this.next();
    if (t.tok !== "id") throw new SelectorParseError(`found '${t.lit}', expected: identifier`);
    const keyErrs = qualifiedNameErrors(t.lit);
    if (keyErrs.length) throw new SelectorParseError(`<nil>: Invalid value: ${goQuote(t.lit)}: ${keyErrs.join("; ")}`);
    const key = t.lit;
    const ahead = this.peek().tok;
    if (negated) return { key, op: "!exists" };
    if (ahead === "eos" || ahead === ",") return { key, op: "exists" };
    const op = this.next(false);
    let values: string[];
    if (op.tok === "in" || op.tok === "notin") values = this.setValues();
    else if (op.tok === "=" || op.tok === "==" || op.tok === "!=" || op.tok === ">" || op.tok === "<") values = [this.exactValue()];
    else throw new SelectorParseError(`found '${op.lit}', expected: ${BINARY}`);
    // sets.String: unique and sorted.
    values = [...new Set(values)].sort();
    const errs: string[] = [];
    if (op.tok === ">" || op.tok === "<") values.forEach((v, i) => !isInt64(v) && errs.push(`values[${i}]: Invalid value: ${goQuote(v)}: for 'Gt', 'Lt' operators, the value must be an integer`));
    values.forEach((v, i) => {
      const msgs = labelValueErrors(v);
      if (msgs.length) errs.push(`values[${i}][${key}]: Invalid value: ${goQuote(v)}: ${msgs.join("; ")}`);
    });
    const unique = [...new Set(errs)];
    if (unique.length) throw new SelectorParseError(unique.length === 1 ? unique[0] : `[${unique.join(", ")}]`);
    if (op.tok === "in" || op.tok === "notin") return { key, op: op.tok, values };
    const single = op.tok === ">" ? "gt" : op.tok === "<" ? "lt" : op.tok === "!=" ? "!=" : "=";
    return { key, op: single, value: values[0] };
  }

  private setValues(): string[] {
    const open = this.next();
    if (open.tok !== "(") throw new SelectorParseError(`found '${open.lit}' expected: '('`);
    const first = this.peek();
    if (first.tok === ")") {
      this.next();
      return [""];
    }
    if (first.tok !== "id" && first.tok !== ",") throw new SelectorParseError(`found '${first.lit}', expected: ',', ')' or identifier`);
    const values = this.identifierList();
    if (this.next().tok !== ")") throw new SelectorParseError(`found '${first.lit}', expected: ')'`);
    return values;
  }

  /** `(a,,b)`, `(,a)` and `(a,)` hold the empty value too. */
  private identifierList(): string[] {
    const values: string[] = [];
    for (;;) {
      const t = this.next();
      if (t.tok === "id") {
        values.push(t.lit);
        const after = this.peek();
        if (after.tok === ",") continue;
        if (after.tok === ")") return values;
        throw new SelectorParseError(`found '${after.lit}', expected: ',' or ')'`);
      }
      if (t.tok === ",") {
        if (values.length === 0) values.push("");
        const after = this.peek().tok;
        if (after === ")") return [...values, ""];
        if (after === ",") {
          // v1.32 swallows the second comma here, so `(,,)` ends on the `)`.
          this.next();
          values.push("");
        }
        continue;
      }
      throw new SelectorParseError(`found '${t.lit}', expected: ',', or identifier`);
    }
  }

  private exactValue(): string {
    const ahead = this.peek().tok;
    if (ahead === "eos" || ahead === ",") return "";
    const t = this.next();
    if (t.tok === "id") return t.lit;
    throw new SelectorParseError(`found '${t.lit}', expected: identifier`);
  }
}

/** labels.Parse: requirements sorted by key, or a SelectorParseError with apimachinery's wording. */
export function parseLabels(selector: string): LabelRequirement[] {
  const reqs = new Parser(lex(selector)).parse();
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function matchesRequirement(r: LabelRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = labels[r.key];
  switch (r.op) {
    case "=":
      return has && v === r.value;
    case "!=":
      return !has || v !== r.value;
    case "in":
      return has && r.values.includes(v);
    case "notin":
      return !has || !r.values.includes(v);
    case "exists":
      return has;
    case "!exists":
      return !has;
    case "gt":
    case "lt":
      if (!has || !isInt64(v)) return false;
      return r.op === "gt" ? BigInt(v) > BigInt(r.value) : BigInt(v) < BigInt(r.value);
  }
}

const isInt64 = (v: string) => /^[+-]?\d+$/.test(v) && BigInt(v) >= -(2n ** 63n) && BigInt(v) < 2n ** 63n;

/** Go's %q for the strings a selector can hold. */
export function goQuote(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => "\\" + c).replace(/[\x00-\x1f\x7f]/g, (c) => ({ "\n": "\\n", "\t": "\\t", "\r": "\\r" })[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}"`;
}

// Models staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go.
const regexError = (msg: string, fmt: string, ...examples: string[]) => `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${fmt}')`;
const QUALIFIED_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const QUALIFIED_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const SUBDOMAIN_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

export function qualifiedNameErrors(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split("/");
  if (parts.length > 2) return [`a qualified name ${regexError(QUALIFIED_MSG, QUALIFIED_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") errs.push("prefix part must be non-empty");
    else {
      if (prefix.length > 253) errs.push("prefix part must be no more than 253 characters");
      if (!new RegExp(`^${SUBDOMAIN_FMT}$`).test(prefix)) errs.push(`prefix part ${regexError(SUBDOMAIN_MSG, SUBDOMAIN_FMT, "example.com")}`);
    }
  }
  if (name === "") errs.push("name part must be non-empty");
  else if (name.length > 63) errs.push("name part must be no more than 63 characters");
  if (!new RegExp(`^${QUALIFIED_FMT}$`).test(name)) errs.push(`name part ${regexError(QUALIFIED_MSG, QUALIFIED_FMT, "MyName", "my.name", "123-abc")}`);
  return errs;
}

export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (new TextEncoder().encode(value).length > 63) errs.push("must be no more than 63 characters");
  if (!new RegExp(`^${LABEL_VALUE_FMT}$`).test(value)) errs.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
  return errs;
}
