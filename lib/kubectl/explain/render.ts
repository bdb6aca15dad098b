/**
 * Renders `kubectl explain` in kubectl v1.32's plaintext layout (explain/v2/templates/plaintext.tmpl):
 * a GROUP/KIND/VERSION header, `FIELD: name <type>` with its ENUM list when a path is given,
 * DESCRIPTION (the field's text followed by its type's text), then FIELDS — each with its
 * description, or as an indented tree of names with --recursive.
 */
import { baseType, displayType, type FieldDef, type TypeDef, type TypeTable } from "./model";
import { indentText, wrapText } from "./wrap";

export interface ExplainRequest {
  group: string;
  version: string;
  kind: string;
  /** Name of the kind's type in the table. */
  type: string;
  path: string[];
  recursive: boolean;
}

/** What explain prints: `stdout` always holds the header; `error` is set when the path does not resolve. */
export interface ExplainOutput {
  stdout: string;
  error?: string;
}

export function header(r: { group: string; kind: string; version: string }): string {
  return `${r.group ? `GROUP:      ${r.group}\n` : ""}KIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`;
}

/** The description block of a schema: its own text, then the text of the type it refers to. */
function descriptionOf(table: TypeTable, own: string | undefined, type: string): string {
  let s = own ? `${own}\n` : "";
  const ref = table.get(baseType(type));
  if (ref?.description) s += `${ref.description}\n`;
  return s;
}

function enumShort(values: string[], pad: string): string {
  const shown = values.slice(0, 4).map((v) => (v === "" ? '""' : v));
  return `\n${pad}enum: ${shown.join(", ")}${values.length > 4 ? ", ...." : ""}`;
}

/**
 * The field list of a type. With --recursive each field's own type is expanded below it, except a
 * type already being expanded on the way down (kubectl's $ref history), which ends a cycle.
 */
function fieldList(table: TypeTable, def: TypeDef | undefined, level: number, recursive: boolean, seen: string[]): string {
  let out = "";
  const pad = " ".repeat(level * 2);
  for (const f of def?.fields ?? []) {
    out += `${pad}${f.name}\t<${displayType(table, f.type)}>${f.required ? " -required-" : ""}${f.enum ? enumShort(f.enum, pad) : ""}\n`;
    if (!recursive) out += `${indentText(level * 2 + 2, wrapText(f.description || "<no description>", 78 - level * 2))}\n\n`;
    else {
      const child = table.get(baseType(f.type));
      if (child && !seen.includes(child.name)) out += fieldList(table, child, level + 1, true, [...seen, child.name]);
    }
  }
  return out;
}

/** `viaField`: the schema was reached through a field, so its own type already counts as expanded. */
function body(table: TypeTable, description: string, type: string, recursive: boolean, viaField: boolean): string {
  let out = `DESCRIPTION:\n${indentText(4, wrapText(description || "<empty>", 76))}\n`;
  const def = table.get(baseType(type));
  const fields = fieldList(table, def, 1, recursive, viaField && def ? [def.name] : []);
  if (fields) out += `FIELDS:\n${fields}`;
  return out;
}

export function renderExplain(table: TypeTable, r: ExplainRequest): ExplainOutput {
  const head = header(r);
  let type = r.type;
  let field: FieldDef | undefined;
  for (const seg of r.path) {
    field = table.get(baseType(type))?.fields.find((f) => f.name === seg);
    if (!field) return { stdout: head, error: `error: field "${r.path[r.path.length - 1]}" does not exist` };
    type = field.type;
  }
  if (!field) return { stdout: `${head}${body(table, descriptionOf(table, undefined, type), type, r.recursive, false)}\n` };
  const values = field.enum ? `ENUM:${field.enum.map((v) => `\n    ${v === "" ? '""' : v}`).join("")}` : "";
  const line = `FIELD: ${field.name} <${displayType(table, field.type)}>\n${values}\n\n`;
  return { stdout: `${head}${line}${body(table, descriptionOf(table, field.description, type), type, r.recursive, true)}\n` };
}
