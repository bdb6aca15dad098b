import { httpFetch } from "./fetch";
import { DNS_TIMEOUT_MS, parseUrl, SYN_TIMEOUT_MS, type NetIo } from "./net-io";
import { doneMeter, failedMeter, headMeter } from "./curl-progress";

/**
 * curl 8: body on stdout; `-I` / `-i` headers with CRLF; `-s` hides errors unless `-S`; `-f`
 * fails on HTTP errors; `-v` traces the exchange on stderr; `-m` / `--connect-timeout` limits;
 * `-H 'Host: x'`; `-w '%{http_code}'`; `-o FILE`, `-O`. The progress meter goes to stderr
 * unless `-s` or the body goes to a terminal (curl-progress.ts): a container's log shows it.
 * Errors as lib/strerror.c words them: (6) resolve, (7) connect, (22) HTTP error, (28) timeout,
 * (52) empty reply. `version` is the curl release (the User-Agent, and the trace lines 8.7 added).
 */
export const NODE_CURL = "8.5.0";

interface Options {
  silent: boolean;
  showError: boolean;
  head: boolean;
  include: boolean;
  fail: boolean;
  verbose: boolean;
  limitS?: number;
  output?: string;
  remoteName: boolean;
  writeOut?: string;
  method: string;
  headers: string[];
  url?: string;
}

function parse(argv: string[]): Options {
  const o: Options = { silent: false, showError: false, head: false, include: false, fail: false, verbose: false, remoteName: false, method: "GET", headers: [] };
  const args = argv.slice(1);
  const value = (i: number) => args[i + 1] ?? "";
  const LONG: Record<string, (o: Options) => void> = {
    "--silent": (x) => (x.silent = true),
    "--show-error": (x) => (x.showError = true),
    "--head": (x) => (x.head = true),
    "--include": (x) => (x.include = true),
    "--fail": (x) => (x.fail = true),
    "--verbose": (x) => (x.verbose = true),
    "--remote-name": (x) => (x.remoteName = true),
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (LONG[a]) LONG[a](o);
    else if (a === "--max-time" || a === "--connect-timeout") o.limitS = Number(value(i++));
    else if (a.startsWith("--max-time=") || a.startsWith("--connect-timeout=")) o.limitS = Number(a.split("=")[1]);
    else if (a === "--header") o.headers.push(value(i++));
    else if (a === "--output") o.output = value(i++);
    else if (a === "--write-out") o.writeOut = value(i++);
    else if (a === "--request") o.method = value(i++);
    else if (a.startsWith("--")) continue;
    else if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        const takes = "mHowXe".includes(f);
        const v = takes ? a.slice(j + 1) || args[++i] : "";
        if (f === "s") o.silent = true;
        else if (f === "S") o.showError = true;
        else if (f === "I") o.head = true;
        else if (f === "i") o.include = true;
        else if (f === "f") o.fail = true;
        else if (f === "v") o.verbose = true;
        else if (f === "O") o.remoteName = true;
        else if (f === "m") o.limitS = Number(v);
        else if (f === "H") o.headers.push(v);
        else if (f === "o") o.output = v;
        else if (f === "w") o.writeOut = v;
        else if (f === "X") o.method = v;
        if (takes) break;
      }
    } else o.url = a;
  }
  return o;
}

const minor = (version: string) => Number(version.split(".")[1] ?? 0);

export function curlRun(argv: string[], io: NetIo, save?: (name: string, body: string) => void, version = NODE_CURL): number {
  const o = parse(argv);
  let meter = false;
  /** The meter's header and first line are drawn before anything else; the rest follows the outcome. */
  const rest = (full: string) => full.slice(failedMeter(0, "resolve").length);
  const trace = (text: string) => o.verbose && io.err(text);
  const fail = (code: number, msg: string, waitedMs = 0, stage: "resolve" | "connect" = "connect") => {
    if (meter) io.err(rest(failedMeter(waitedMs, stage)));
    if (o.verbose && stage === "connect") io.err("* Closing connection\n");
    if (!o.silent || o.showError) io.err(`curl: (${code}) ${msg}\n`);
    if (o.writeOut) io.out(o.writeOut.replaceAll("%{http_code}", "000").replaceAll("\\n", "\n"));
    return code;
  };
  if (!o.url) return (io.err("curl: try 'curl --help' or 'curl --manual' for more information\n"), 2);
  const u = parseUrl(o.url);
  if (!u) return fail(3, "URL rejected: Malformed input to a URL function");
  let output = o.output;
  if (o.remoteName && output === undefined) {
    output = u.path.replace(/[?#].*$/, "").split("/").pop() ?? "";
    if (!output) return (io.err("curl: Remote file name has no length!\n"), 23);
  }
  const toFile = output !== undefined && output !== "-";
  meter = !o.silent && (toFile || !io.tty);
  if (meter) io.err(failedMeter(0, "resolve"));
  const hostHeader = o.headers.find((h) => /^host:/i.test(h))?.replace(/^host:\s*/i, "") ?? (u.port === (u.scheme === "https" ? 443 : 80) ? u.host : `${u.host}:${u.port}`);
  const method = o.head ? "HEAD" : o.method;
  const f = httpFetch(io, u.host, u.port, { method, path: u.path, hostHeader });
  const limitMs = o.limitS !== undefined ? o.limitS * 1000 : undefined;
  if (f.stage === "resolve") {
    if (f.error === "timeout") {
      if (limitMs !== undefined && limitMs < DNS_TIMEOUT_MS) {
        io.wait(limitMs);
        return fail(28, `Resolving timed out after ${limitMs + 1} milliseconds`, limitMs, "resolve");
      }
      io.wait(DNS_TIMEOUT_MS);
    }
    trace(`* Could not resolve host: ${u.host}\n`);
    return fail(6, `Could not resolve host: ${u.host}`, f.error === "timeout" ? DNS_TIMEOUT_MS : 0, "resolve");
  }
  if (minor(version) >= 7) trace(`* Host ${u.host}:${u.port} was resolved.\n* IPv6: (none)\n* IPv4: ${f.ip}\n`);
  trace(`*   Trying ${f.ip}:${u.port}...\n`);
  if (f.stage === "connect") {
    if (f.error === "refused") {
      const msg = `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`;
      trace(`* connect to ${f.ip} port ${u.port} failed: Connection refused\n* ${msg}\n`);
      return fail(7, msg);
    }
    if (limitMs !== undefined && limitMs < SYN_TIMEOUT_MS) {
      io.wait(limitMs);
      trace(`* Connection timed out after ${limitMs + 1} milliseconds\n`);
      return fail(28, `Connection timed out after ${limitMs + 1} milliseconds`, limitMs);
    }
    io.wait(SYN_TIMEOUT_MS);
    const msg = `Failed to connect to ${u.host} port ${u.port} after ${SYN_TIMEOUT_MS + 1} ms: Couldn't connect to server`;
    trace(`* connect to ${f.ip} port ${u.port} failed: Connection timed out\n* ${msg}\n`);
    return fail(28, msg, SYN_TIMEOUT_MS);
  }
  trace(`* Connected to ${u.host} (${f.ip}) port ${u.port}\n`);
  trace(`> ${method} ${u.path} HTTP/1.1\r\n> Host: ${hostHeader}\r\n> User-Agent: curl/${version}\r\n> Accept: */*\r\n${o.headers.filter((h) => !/^host:/i.test(h)).map((h) => `> ${h}\r\n`).join("")}> \r\n`);
  if (minor(version) >= 7) trace("* Request completely sent off\n");
  if (!("response" in f.outcome)) {
    trace("* Empty reply from server\n");
    return fail(52, "Empty reply from server");
  }
  const res = f.outcome.response;
  const headerText = `HTTP/1.1 ${res.status} ${res.reason}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
  trace(headerText.split("\r\n").slice(0, -1).map((l) => `< ${l}\r\n`).join(""));
  if (o.fail && res.status >= 400) {
    trace(`* The requested URL returned error: ${res.status}\n`);
    return fail(22, `The requested URL returned error: ${res.status}`);
  }
  const size = new TextEncoder().encode(res.body).length;
  const text = o.head ? headerText : (o.include ? headerText : "") + res.body;
  if (o.verbose && !o.head && size && (toFile || !io.tty)) io.err(`{ [${size} bytes data]\n`);
  if (toFile) save?.(output!, text);
  else io.out(text);
  if (meter) {
    const announced = Number(res.headers.find(([k]) => k.toLowerCase() === "content-length")?.[1] ?? 0);
    io.err(rest(o.head ? headMeter(announced) : doneMeter(size)));
  }
  trace(`* Connection #0 to host ${u.host} left intact\n`);
  if (o.writeOut) io.out(o.writeOut.replaceAll("%{http_code}", String(res.status)).replaceAll("\\n", "\n"));
  return 0;
}
