import { describe, expect, it } from "vitest";
import { goTemplate } from "./gotemplate";

describe("goTemplate", () => {
  const data = { items: [{ metadata: { name: "a", labels: { app: "x" } } }, { metadata: { name: "b" } }] };
  it("ranges, indexes and prints literals", () => {
    expect(goTemplate(`{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}`, data)).toBe("a\nb\n");
    expect(goTemplate(`{{index .items 0 | len}}`.replace(" | len", ""), data)).toBe("map[metadata:map[labels:map[app:x] name:a]]");
    expect(goTemplate(`{{range .items}}{{if .metadata.labels}}{{index .metadata.labels "app"}}{{else}}-{{end}}{{end}}`, data)).toBe("x-");
    expect(goTemplate(`{{.missing}} {{len .items}}`, data)).toBe("<no value> 2");
  });
});
