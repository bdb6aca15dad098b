/**
 * The schema model behind `kubectl explain`: named types with typed fields, written in a compact
 * text form (one type header, then one indented line per field) and parsed once at load.
 *
 *   TypeName: description of the type
 *   Time(string): a type shown as a primitive (`<string>`) wherever it is used
 *     fieldName! []Container: description          `!` marks a required field
 *     policy string=Always,IfNotPresent,"": text   `=` lists the enum values
 *
 * Field types are written as kubectl shows them: string, integer, boolean, number, Object,
 * []T, map[string]T, or the name of another type in the table.
 */

export interface FieldDef {
  name: string;
  type: string;
  required: boolean;
  enum?: string[];
  description: string;
}

export interface TypeDef {
  name: string;
  /** Shown instead of the type name (e.g. `string` for Time). */
  display?: string;
  description: string;
  /** Sorted by name, as the OpenAPI properties map is iterated. */
  fields: FieldDef[];
}

export type TypeTable = Map<string, TypeDef>;

const HEADER = /^([A-Za-z0-9]+)(?:\((\w+)\))?:(?: (.*))?$/;
const FIELD = /^ {2}([A-Za-z0-9$_-]+)(!?) (\S+?)(?:=(\S+))?:(?: (.*))?$/;

/** Parses one schema text block into `table`; throws on a malformed line (caught by the tests). */
export function parseSchema(text: string, table: TypeTable = new Map()): TypeTable {
  let cur: TypeDef | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const f = FIELD.exec(line);
    if (f) {
      if (!cur) throw new Error(`explain schema: field before any type: ${line}`);
      const enumValues = f[4]?.split(",").map((v) => (v === '""' ? "" : v));
      cur.fields.push({ name: f[1], required: f[2] === "!", type: f[3], ...(enumValues ? { enum: enumValues } : {}), description: f[5] ?? "" });
      continue;
    }
    const h = HEADER.exec(line);
    if (!h) throw new Error(`explain schema: bad line: ${line}`);
    if (table.has(h[1])) throw new Error(`explain schema: type ${h[1]} defined twice`);
    cur = { name: h[1], ...(h[2] ? { display: h[2] } : {}), description: h[3] ?? "", fields: [] };
    table.set(h[1], cur);
  }
  for (const t of table.values()) t.fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return table;
}

export const PRIMITIVES = new Set(["string", "integer", "boolean", "number", "Object"]);

/** The type a field's values have once list and map wrappers are removed. */
export function baseType(type: string): string {
  if (type.startsWith("[]")) return baseType(type.slice(2));
  if (type.startsWith("map[string]")) return baseType(type.slice("map[string]".length));
  return type;
}

/** The type as kubectl prints it between angle brackets. */
export function displayType(table: TypeTable, type: string): string {
  if (type.startsWith("[]")) return `[]${displayType(table, type.slice(2))}`;
  if (type.startsWith("map[string]")) return `map[string]${displayType(table, type.slice("map[string]".length))}`;
  return table.get(type)?.display ?? type;
}
