/**
 * Explain data for a custom resource, built from its CRD's structural schema the way the API
 * server publishes it: inline objects show as <Object>, maps and lists by their element type, and
 * apiVersion, kind and metadata are the standard ones.
 */
import type { JSONSchemaProps } from "../../engine/apiextensions/openapi";
import type { FieldDef, TypeDef, TypeTable } from "./model";

const TYPE_META: FieldDef[] = [
  { name: "apiVersion", type: "string", required: false, description: "Version of the API schema this object uses. The server converts other recognised versions." },
  { name: "kind", type: "string", required: false, description: "Kind of object this is, in CamelCase. Fixed for each resource type." },
  { name: "metadata", type: "ObjectMeta", required: false, description: "Name, namespace, labels, annotations and other metadata of the object." },
];

const isSchema = (v: unknown): v is JSONSchemaProps => !!v && typeof v === "object" && !Array.isArray(v);

/** A type table holding `base` plus one synthetic type per inline object of the schema; returns the top type's name. */
export function customResourceTypes(base: TypeTable, kind: string, schema: JSONSchemaProps | undefined): { table: TypeTable; type: string } {
  const table: TypeTable = new Map(base);
  const define = (name: string, s: JSONSchemaProps, description: string, extra: FieldDef[] = []): string => {
    const own = Object.entries(s.properties ?? {}).filter(([n]) => !extra.some((f) => f.name === n));
    const fields: FieldDef[] = [
      ...extra,
      ...own.map(([n, p]) => ({
        name: n,
        type: token(`${name}.${n}`, p),
        required: (s.required ?? []).includes(n),
        ...(Array.isArray(p.enum) && p.enum.length ? { enum: p.enum.map(String) } : {}),
        description: p.description ?? "",
      })),
    ];
    fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    table.set(name, { name, display: "Object", description, fields } satisfies TypeDef);
    return name;
  };
  // Mirrors kubectl's typeGuess order: list items, then map values, then the schema's own type.
  const token = (name: string, s: JSONSchemaProps, inner = false): string => {
    if (isSchema(s.items)) return `[]${token(`${name}[]`, s.items, true)}`;
    if (isSchema(s.additionalProperties)) return `map[string]${token(`${name}{}`, s.additionalProperties, true)}`;
    if (s.type === "object" && s.properties) return define(name, s, inner ? (s.description ?? "") : "");
    return !s.type || s.type === "object" ? "Object" : s.type;
  };
  const top = `custom:${kind}`;
  define(top, schema ?? {}, schema?.description ?? "", TYPE_META);
  return { table, type: top };
}
