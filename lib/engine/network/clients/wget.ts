import { httpFetch } from "./fetch";
import { DNS_TIMEOUT_MS, parseUrl, SYN_TIMEOUT_MS, type NetIo } from "./net-io";

const bar = (name: string, size: number) => `${name.padEnd(20).slice(0, 20)} 100% |${"*".repeat(32)}| ${String(size).padStart(5)}  0:00:00 ETA\n`;

/**
 * busybox wget: `wget -qO- URL`, `wget -O file URL`, `-T SEC`, `--spider`. Messages as
 * networking/wget.c prints them ("Connecting to", "download timed out", "bad address").
 */
export function wgetRun(argv: string[], io: NetIo, save?: (name: string, body: string) => void): number {
  let quiet = false;
  let output: string | undefined;
  let timeoutS: number | undefined;
  let spider = false;
  const headers: string[] = [];
  let url: string | undefined;
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--spider") spider = true;
    else if (a.startsWith("--timeout=")) timeoutS = Number(a.slice(10));
    else if (a.startsWith("--header=")) headers.push(a.slice(9));
    else if (a === "--header") headers.push(args[++i] ?? "");
    else if (a.startsWith("-O") && a.length > 2) output = a.slice(2);
    else if (a.startsWith("-") && a.length > 1 && !a.startsWith("--")) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === "q") quiet = true;
        else if (f === "O" || f === "T") {
          const v = a.slice(j + 1) || args[++i];
          if (f === "O") output = v;
          else timeoutS = Number(v);
          break;
        } else if (f === "S" || f === "s") continue;
      }
    } else url = a;
  }
  if (!url) return (io.err("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n"), 1);
  const u = parseUrl(url);
  if (!u) return (io.err(`wget: bad address '${url}'\n`), 1);
  const hostHeader = headers.find((h) => /^host:/i.test(h))?.replace(/^host:\s*/i, "") ?? u.host;
  const f = httpFetch(io, u.host, u.port, { method: spider ? "HEAD" : "GET", path: u.path, hostHeader });
  if (f.stage === "resolve") {
    if (f.error === "timeout") io.wait(DNS_TIMEOUT_MS);
    return (io.err(`wget: bad address '${u.host}'\n`), 1);
  }
  if (!quiet) io.err(`Connecting to ${u.host}${u.port === 80 ? "" : `:${u.port}`} (${f.ip}:${u.port})\n`);
  if (f.stage === "connect") {
    if (f.error === "timeout") {
      if (timeoutS !== undefined && timeoutS * 1000 < SYN_TIMEOUT_MS) {
        io.wait(timeoutS * 1000);
        return (io.err("wget: download timed out\n"), 1);
      }
      io.wait(SYN_TIMEOUT_MS);
      return (io.err(`wget: can't connect to remote host (${f.ip}): Connection timed out\n`), 1);
    }
    return (io.err(`wget: can't connect to remote host (${f.ip}): Connection refused\n`), 1);
  }
  if (!("response" in f.outcome)) return (io.err("wget: error getting response: Connection reset by peer\n"), 1);
  const res = f.outcome.response;
  if (res.status >= 400) return (io.err(`wget: server returned error: HTTP/1.1 ${res.status} ${res.reason}\n`), 1);
  if (spider) {
    if (!quiet) io.err("remote file exists\n");
    return 0;
  }
  const size = new TextEncoder().encode(res.body).length;
  if (output === "-") {
    if (!quiet) io.err("writing to stdout\n");
    io.out(res.body);
    if (!quiet) io.err(`${bar("-", size)}written to stdout\n`);
    return 0;
  }
  const name = output ?? (u.path.split("?")[0].split("/").pop() || "index.html");
  if (!quiet) io.err(`saving to '${name}'\n`);
  save?.(name, res.body);
  if (!quiet) io.err(`${bar(name.slice(name.lastIndexOf("/") + 1), size)}'${name}' saved\n`);
  return 0;
}
