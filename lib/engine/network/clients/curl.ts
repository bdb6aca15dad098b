import { httpFetch } from "./fetch";
import { DNS_TIMEOUT_MS, parseUrl, SYN_TIMEOUT_MS, type NetIo } from "./net-io";
import { doneMeter, failedMeter } from "./curl-progress";

/**
 * curl 8: body on stdout; `-I` / `-i` headers with CRLF; `-s` hides errors unless `-S`;
 * `-m` / `--connect-timeout` limits; `-H 'Host: x'`; `-w '%{http_code}'`; `-o FILE`, `-O`
 * (with the progress meter on stderr unless `-s`: curl-progress.ts).
 * Errors as lib/strerror.c words them: (6) resolve, (7) connect, (28) timeout, (52) empty reply.
 */
export function curlRun(argv: string[], io: NetIo, save?: (name: string, body: string) => void): number {
  let silent = false;
  let showError = false;
  let head = false;
  let include = false;
  let limitS: number | undefined;
  let output: string | undefined;
  let remoteName = false;
  let writeOut: string | undefined;
  let method = "GET";
  const headers: string[] = [];
  let url: string | undefined;
  const args = argv.slice(1);
  const value = (i: number) => args[i + 1] ?? "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--silent") silent = true;
    else if (a === "--show-error") showError = true;
    else if (a === "--head") head = true;
    else if (a === "--include") include = true;
    else if (a === "--max-time" || a === "--connect-timeout") limitS = Number(value(i++));
    else if (a.startsWith("--max-time=") || a.startsWith("--connect-timeout=")) limitS = Number(a.split("=")[1]);
    else if (a === "--header") headers.push(value(i++));
    else if (a === "--output") output = value(i++);
    else if (a === "--remote-name") remoteName = true;
    else if (a === "--write-out") writeOut = value(i++);
    else if (a === "--request") method = value(i++);
    else if (a.startsWith("--")) continue;
    else if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        const takes = "mHowXe".includes(f);
        const v = takes ? a.slice(j + 1) || args[++i] : "";
        if (f === "s") silent = true;
        else if (f === "S") showError = true;
        else if (f === "I") head = true;
        else if (f === "i") include = true;
        else if (f === "O") remoteName = true;
        else if (f === "m") limitS = Number(v);
        else if (f === "H") headers.push(v);
        else if (f === "o") output = v;
        else if (f === "w") writeOut = v;
        else if (f === "X") method = v;
        if (takes) break;
      }
    } else url = a;
  }
  let meter = false;
  const fail = (code: number, msg: string, waitedMs = 0) => {
    if (meter) io.err(failedMeter(waitedMs));
    if (!silent || showError) io.err(`curl: (${code}) ${msg}\n`);
    if (writeOut) io.out(writeOut.replaceAll("%{http_code}", "000").replaceAll("\\n", "\n"));
    return code;
  };
  if (!url) return (io.err("curl: try 'curl --help' or 'curl --manual' for more information\n"), 2);
  const u = parseUrl(url);
  if (!u) return fail(3, "URL rejected: Malformed input to a URL function");
  if (remoteName && output === undefined) {
    output = u.path.replace(/[?#].*$/, "").split("/").pop() ?? "";
    if (!output) return (io.err("curl: Remote file name has no length!\n"), 23);
  }
  meter = !silent && output !== undefined && output !== "-";
  const hostHeader = headers.find((h) => /^host:/i.test(h))?.replace(/^host:\s*/i, "") ?? u.host;
  const f = httpFetch(io, u.host, u.port, { method: head ? "HEAD" : method, path: u.path, hostHeader });
  const limitMs = limitS !== undefined ? limitS * 1000 : undefined;
  if (f.stage === "resolve") {
    if (f.error === "timeout") {
      if (limitMs !== undefined && limitMs < DNS_TIMEOUT_MS) {
        io.wait(limitMs);
        return fail(28, `Resolving timed out after ${limitMs + 1} milliseconds`, limitMs);
      }
      io.wait(DNS_TIMEOUT_MS);
    }
    return fail(6, `Could not resolve host: ${u.host}`, f.error === "timeout" ? DNS_TIMEOUT_MS : 0);
  }
  if (f.stage === "connect") {
    if (f.error === "refused") return fail(7, `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`);
    if (limitMs !== undefined && limitMs < SYN_TIMEOUT_MS) {
      io.wait(limitMs);
      return fail(28, `Connection timed out after ${limitMs + 1} milliseconds`, limitMs);
    }
    io.wait(SYN_TIMEOUT_MS);
    return fail(28, `Failed to connect to ${u.host} port ${u.port} after ${SYN_TIMEOUT_MS + 1} ms: Couldn't connect to server`, SYN_TIMEOUT_MS);
  }
  if (!("response" in f.outcome)) return fail(52, "Empty reply from server");
  const res = f.outcome.response;
  const headerText = `HTTP/1.1 ${res.status} ${res.reason}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
  const text = head ? headerText : (include ? headerText : "") + res.body;
  if (meter) io.err(doneMeter(head ? 0 : new TextEncoder().encode(res.body).length));
  if (output && output !== "-") save?.(output, text);
  else io.out(text);
  if (writeOut) io.out(writeOut.replaceAll("%{http_code}", String(res.status)).replaceAll("\\n", "\n"));
  return 0;
}
