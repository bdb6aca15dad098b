import { describe, expect, it } from "vitest";
import { documentRoot, imageFiles } from "./image-files";

describe("image files", () => {
  const cases: { image: string; root?: string; files: string[] }[] = [
    { image: "nginx:1.27", root: "/usr/share/nginx/html", files: ["/usr/share/nginx/html/50x.html", "/usr/share/nginx/html/index.html"] },
    { image: "httpd:2.4", root: "/usr/local/apache2/htdocs", files: ["/usr/local/apache2/htdocs/index.html"] },
    { image: "busybox", root: undefined, files: [] },
  ];
  for (const c of cases)
    it(`${c.image} ships ${c.files.length} document files`, () => {
      expect(Object.keys(imageFiles(c.image)).sort()).toEqual(c.files);
      expect(documentRoot(c.image)).toBe(c.root);
    });

  it("nginx's 50x.html is the page its default.conf serves for server errors", () => {
    const page = imageFiles("nginx")["/usr/share/nginx/html/50x.html"];
    expect(page.split("\n").slice(0, 4)).toEqual(["<!DOCTYPE html>", "<html>", "<head>", "<title>Error</title>"]);
    expect(page).toContain("<h1>An error occurred.</h1>\n<p>Sorry, the page you are looking for is currently unavailable.<br/>\nPlease try again later.</p>\n");
    expect(page.endsWith("</body>\n</html>\n")).toBe(true);
  });
});
