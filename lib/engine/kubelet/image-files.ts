import { HTTPD_WELCOME, NGINX_WELCOME } from "../network/pages";
import { parseImage } from "./images";

/** Files an image ships that learners look at or replace with a volume (web servers' document roots). */
const IMAGE_FILES: Record<string, Record<string, string>> = {
  nginx: { "/usr/share/nginx/html/index.html": NGINX_WELCOME },
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
