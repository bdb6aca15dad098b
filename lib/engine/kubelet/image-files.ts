import { HTTPD_WELCOME, NGINX_WELCOME } from "../network/pages";
import { parseImage } from "./images";

/** nginx's html/50x.html (1.27), which its default.conf serves for 500, 502, 503 and 504. */
export const NGINX_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

/** Files an image ships that learners look at or replace with a volume (web servers' document roots). */
const IMAGE_FILES: Record<string, Record<string, string>> = {
  nginx: { "/usr/share/nginx/html/50x.html": NGINX_50X, "/usr/share/nginx/html/index.html": NGINX_WELCOME },
  httpd: { "/usr/local/apache2/htdocs/index.html": HTTPD_WELCOME },
};

/** Where each web server image serves files from. */
export const DOCUMENT_ROOTS: Record<string, string> = { nginx: "/usr/share/nginx/html", httpd: "/usr/local/apache2/htdocs" };

const repoName = (image: string) => parseImage(image).repo;

export function imageFiles(image: string): Record<string, string> {
  return { ...(IMAGE_FILES[repoName(image)] ?? {}) };
}

export function documentRoot(image: string): string | undefined {
  return DOCUMENT_ROOTS[repoName(image)];
}
