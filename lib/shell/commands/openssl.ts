import type { Command, CommandContext } from "../types";
import { DAY_MS, hex, opensslSerial, SignError, signRequest, verifyCertificate } from "../../engine/pki/issue";
import { encodeCertificate, encodeCsr, encodeKey, formatDn, parseCertificate, parseCsr, parsePrivateKey, parseSubject, type Certificate, type Dn, type PemObject, type PrivateKey } from "../../engine/pki/x509";
import { certificateText, modulusLine, opensslDate, requestText, serialUpper } from "./openssl-text";

/**
 * openssl (3.0) for the certificate work a CKA candidate does: genrsa, req, x509 (-req signing and
 * inspection), verify, rsa. Keys and certificates follow the simulation's X.509 model
 * (lib/engine/pki), so kubectl and the API server accept what openssl makes here.
 */

/** OpenSSL's thread id prefix on error lines (fixed: a simulated process). */
const TID = "40E7C1A3D17F0000";
const VALUE_OPTS = new Set(["-in", "-out", "-key", "-subj", "-CA", "-CAkey", "-CAserial", "-days", "-keyout", "-newkey", "-extfile", "-extensions", "-set_serial", "-nameopt", "-CAfile", "-checkend", "-ext", "-passout", "-passin", "-config", "-inform", "-outform"]);

interface Opts {
  values: Map<string, string>;
  flags: string[];
  operands: string[];
}

function parse(cmd: string, argv: string[], ctx: CommandContext, known: string[]): Opts | undefined {
  const o: Opts = { values: new Map(), flags: [], operands: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("-") && a.length > 1) {
      if (VALUE_OPTS.has(a)) {
        if (i + 1 >= argv.length) return void ctx.err(`${cmd}: Option ${a} needs a value\n${cmd}: Use -help for summary.\n`);
        o.values.set(a, argv[++i]);
      } else if (known.includes(a) || /^-(sha\d+|md5|sha1)$/.test(a)) o.flags.push(a);
      else return void ctx.err(`${cmd}: Unknown option: ${a}\n${cmd}: Use -help for summary.\n`);
    } else o.operands.push(a);
  }
  return o;
}

class OpenSslError extends Error {}

/** Reads a PEM object, failing with openssl's STORE error lines. */
function load<T extends PemObject>(ctx: CommandContext, path: string, what: string, pick: (text: string) => T | undefined, trailer = ""): T {
  if (path === "-") {
    const fromStdin = pick(ctx.stdin);
    if (!fromStdin) throw new OpenSslError(`Could not read ${what} from <stdin>\n${trailer}`);
    return fromStdin;
  }
  const full = ctx.resolve(path);
  if (!ctx.host.fs.exists(full))
    throw new OpenSslError(
      `Could not open file or uri for loading ${what} from ${path}\n${TID}:error:16000069:STORE routines:ossl_store_get0_loader_int:unregistered scheme:../crypto/store/store_register.c:237:scheme=file\n${TID}:error:80000002:system library:file_open:No such file or directory:../providers/implementations/storemgmt/file_store.c:266:calling stat(${path})\n${trailer}`,
    );
  const obj = pick(ctx.host.fs.readFile(full));
  if (!obj) throw new OpenSslError(`Could not read ${what} from ${path}\n${TID}:error:1608010C:STORE routines:ossl_store_handle_load_result:unsupported:../crypto/store/store_result.c:149:\n${trailer}`);
  return obj;
}

function write(ctx: CommandContext, path: string | undefined, text: string, mode?: number) {
  if (!path) return ctx.out(text);
  const full = ctx.resolve(path);
  ctx.host.fs.writeFile(full, text, mode !== undefined ? { mode } : undefined);
}

const newKey = (ctx: CommandContext, bits: number): PrivateKey => ({ kind: "key", bits, id: hex(Array.from({ length: 20 }, () => ctx.environment.rand.int(256))) });
const nowSec = (ctx: CommandContext) => Math.floor(ctx.environment.clock.now() / 1000) * 1000;

function genrsa(argv: string[], ctx: CommandContext): number {
  const o = parse("genrsa", argv, ctx, ["-aes256", "-des3", "-traditional"]);
  if (!o) return 1;
  const bits = o.operands[0] ?? "2048";
  if (!/^\d+$/.test(bits)) return (ctx.err(`genrsa: Can't parse "${bits}" as a number\n`), 1);
  write(ctx, o.values.get("-out"), encodeKey(newKey(ctx, Number(bits))), 0o600);
  return 0;
}

/** The progress line RSA key generation prints on stderr. */
function progress(ctx: CommandContext): string {
  const line = () => Array.from({ length: 40 + ctx.environment.rand.int(60) }, () => (ctx.environment.rand.int(4) ? "." : "+")).join("") + "+".repeat(64) + "*";
  return `${line()}\n${line()}\n-----\n`;
}

function req(argv: string[], ctx: CommandContext): number {
  const o = parse("req", argv, ctx, ["-new", "-x509", "-nodes", "-noenc", "-noout", "-text", "-subject", "-verify", "-batch"]);
  if (!o) return 1;
  const has = (f: string) => o.flags.includes(f);
  if (o.values.has("-in")) {
    const csr = load(ctx, o.values.get("-in")!, "certificate request", parseCsr);
    for (const f of o.flags) {
      if (f === "-text") ctx.out(requestText(csr));
      if (f === "-subject") ctx.out(`subject=${formatDn(csr.subject, o.values.get("-nameopt") === "RFC2253" ? "rfc2253" : "openssl")}\n`);
      if (f === "-verify") ctx.err("Certificate request self-signature verify OK\n");
    }
    if (!has("-noout")) write(ctx, o.values.get("-out"), encodeCsr(csr));
    return 0;
  }
  let key: PrivateKey;
  if (o.values.has("-newkey")) {
    const m = /^rsa:(\d+)$/.exec(o.values.get("-newkey")!);
    key = newKey(ctx, m ? Number(m[1]) : 2048);
    ctx.err(progress(ctx));
    write(ctx, o.values.get("-keyout") ?? o.values.get("-out"), encodeKey(key), 0o600);
  } else if (o.values.has("-key")) key = load(ctx, o.values.get("-key")!, "private key", parsePrivateKey);
  else return (ctx.err("req: Missing -key or -newkey option\n"), 1);
  const subj = o.values.get("-subj");
  if (subj === undefined) {
    ctx.out("You are about to be asked to enter information that will be incorporated\ninto your certificate request.\nWhat you are about to enter is what is called a Distinguished Name or a DN.\nThere are quite a few fields but you can leave some blank\nFor some fields there will be a default value,\nIf you enter '.', the field will be left blank.\n-----\nCountry Name (2 letter code) [AU]:");
    ctx.err("Error making certificate request\n");
    return 1;
  }
  const dn = parseSubject(subj);
  if (!Array.isArray(dn)) return (ctx.err(`req: ${dn.error}\n`), 1);
  if (has("-x509")) {
    const now = nowSec(ctx);
    const days = Number(o.values.get("-days") ?? 30);
    const serial = opensslSerial(Array.from({ length: 20 }, () => ctx.environment.rand.int(256)));
    const cert: Certificate = { kind: "cert", version: 3, serial, subject: dn, issuer: dn, notBefore: now, notAfter: now + days * DAY_MS, keyId: key.id, bits: key.bits, signerKeyId: key.id, isCA: true, opensslCa: true };
    write(ctx, o.values.get("-out"), encodeCertificate(cert));
    return 0;
  }
  write(ctx, o.values.get("-out"), encodeCsr({ kind: "csr", subject: dn, keyId: key.id, bits: key.bits }));
  return 0;
}

/** The serial file next to the CA: `ca.crt` → `ca.srl`. */
const serialPath = (ca: string) => (ca.includes(".") && ca.lastIndexOf(".") > ca.lastIndexOf("/") ? ca.slice(0, ca.lastIndexOf(".")) : ca) + ".srl";

function nextSerial(ctx: CommandContext, o: Opts, caPath: string): string {
  if (o.values.has("-set_serial")) {
    const v = o.values.get("-set_serial")!;
    return /^0x/i.test(v) ? v.slice(2).toUpperCase() : BigInt(v).toString(16).toUpperCase();
  }
  const path = ctx.resolve(o.values.get("-CAserial") ?? serialPath(caPath));
  const fresh = () => opensslSerial(Array.from({ length: 20 }, () => ctx.environment.rand.int(256)));
  if (ctx.host.fs.exists(path)) {
    const cur = ctx.host.fs.readFile(path).trim();
    const next = (BigInt(`0x${cur || "0"}`) + 1n).toString(16).toUpperCase().padStart(cur.length, "0");
    ctx.host.fs.writeFile(path, `${next}\n`);
    return next;
  }
  const serial = fresh();
  if (o.flags.includes("-CAcreateserial") || o.values.has("-CAserial")) ctx.host.fs.writeFile(path, `${serial}\n`);
  return serial;
}

function fingerprint(c: Certificate, alg: string): string {
  const bytes = Array.from({ length: alg === "sha256" ? 32 : 20 }, (_, i) => parseInt((c.serial + c.keyId + c.signerKeyId).padEnd(128, "0").slice(i * 2, i * 2 + 2), 16) ^ (i * 37) % 256);
  return `${alg === "sha256" ? "sha256" : "SHA1"} Fingerprint=${bytes.map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join(":")}\n`;
}

function x509(argv: string[], ctx: CommandContext): number {
  const printOpts = ["-text", "-noout", "-subject", "-issuer", "-enddate", "-startdate", "-dates", "-serial", "-modulus", "-fingerprint", "-pubkey", "-purpose"];
  const o = parse("x509", argv, ctx, [...printOpts, "-req", "-CAcreateserial", "-nocert"]);
  if (!o) return 1;
  const style = o.values.get("-nameopt")?.toUpperCase() === "RFC2253" ? "rfc2253" : "openssl";
  const dn = (d: Dn) => formatDn(d, style);
  let cert: Certificate;
  if (o.flags.includes("-req")) {
    const csr = load(ctx, o.values.get("-in") ?? "-", "certificate request", parseCsr);
    ctx.err(`Certificate request self-signature ok\nsubject=${dn(csr.subject)}\n`);
    const now = nowSec(ctx);
    const days = Number(o.values.get("-days") ?? 30);
    const caPath = o.values.get("-CA");
    if (!caPath) return (ctx.err("x509: Cannot use -req without -CA or -signkey\n"), 1);
    const ca = load(ctx, caPath, "CA certificate", parseCertificate);
    const caKey = load(ctx, o.values.get("-CAkey") ?? caPath, "CA private key", parsePrivateKey);
    try {
      cert = signRequest(csr, { ca, caKey, serial: "00", notBefore: now, notAfter: now + days * DAY_MS, plain: !o.values.has("-extfile") });
    } catch (e) {
      if (e instanceof SignError) return (ctx.err(`CA certificate and CA private key do not match\n${TID}:error:05800074:x509 certificate routines:X509_check_private_key:key values mismatch:../crypto/x509/x509_cmp.c:403:\n`), 1);
      throw e;
    }
    cert.serial = nextSerial(ctx, o, caPath);
    if (o.values.has("-extfile")) applyExtfile(ctx, o.values.get("-extfile")!, cert);
  } else cert = load(ctx, o.values.get("-in") ?? "-", "certificate", parseCertificate, "Unable to load certificate\n");
  const now = ctx.environment.clock.now();
  let code = 0;
  for (const f of o.flags) {
    if (f === "-text") ctx.out(certificateText(cert));
    else if (f === "-subject") ctx.out(`subject=${dn(cert.subject)}\n`);
    else if (f === "-issuer") ctx.out(`issuer=${dn(cert.issuer)}\n`);
    else if (f === "-startdate") ctx.out(`notBefore=${opensslDate(cert.notBefore)}\n`);
    else if (f === "-enddate") ctx.out(`notAfter=${opensslDate(cert.notAfter)}\n`);
    else if (f === "-dates") ctx.out(`notBefore=${opensslDate(cert.notBefore)}\nnotAfter=${opensslDate(cert.notAfter)}\n`);
    else if (f === "-serial") ctx.out(`serial=${serialUpper(cert.serial)}\n`);
    else if (f === "-modulus") ctx.out(modulusLine(cert.keyId, cert.bits));
    else if (f === "-fingerprint") ctx.out(fingerprint(cert, o.flags.includes("-sha256") ? "sha256" : "sha1"));
  }
  if (o.values.has("-checkend")) {
    const expires = now + Number(o.values.get("-checkend")) * 1000 > cert.notAfter;
    ctx.out(expires ? "Certificate will expire\n" : "Certificate will not expire\n");
    code = expires ? 1 : 0;
  }
  if (o.values.has("-ext") && cert.sans && o.values.get("-ext")!.split(",").includes("subjectAltName"))
    ctx.out(`X509v3 Subject Alternative Name: \n    ${[...cert.sans.dns.map((d) => `DNS:${d}`), ...cert.sans.ip.map((i) => `IP Address:${i}`)].join(", ")}\n`);
  if (!o.flags.includes("-noout")) write(ctx, o.values.get("-out"), encodeCertificate(cert));
  return code;
}

/** The few extfile lines CKA tasks use: extendedKeyUsage, keyUsage, subjectAltName, basicConstraints. */
function applyExtfile(ctx: CommandContext, path: string, cert: Certificate) {
  const full = ctx.resolve(path);
  if (!ctx.host.fs.exists(full)) return;
  const names: Record<string, string> = { serverAuth: "TLS Web Server Authentication", clientAuth: "TLS Web Client Authentication", digitalSignature: "Digital Signature", keyEncipherment: "Key Encipherment" };
  for (const line of ctx.host.fs.readFile(full).split("\n")) {
    const m = /^\s*(\w+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const vals = m[2].split(",").map((v) => v.trim()).filter((v) => v !== "critical");
    if (m[1] === "extendedKeyUsage") cert.extKeyUsage = vals.map((v) => names[v] ?? v);
    if (m[1] === "keyUsage") cert.keyUsage = vals.map((v) => names[v] ?? v);
    if (m[1] === "subjectAltName") cert.sans = { dns: vals.filter((v) => v.startsWith("DNS:")).map((v) => v.slice(4)), ip: vals.filter((v) => v.startsWith("IP:")).map((v) => v.slice(3)) };
    if (m[1] === "basicConstraints") cert.isCA = vals.includes("CA:TRUE");
  }
}

function verify(argv: string[], ctx: CommandContext): number {
  const o = parse("verify", argv, ctx, []);
  if (!o) return 1;
  const ca = o.values.has("-CAfile") ? load(ctx, o.values.get("-CAfile")!, "certificates", parseCertificate) : undefined;
  let code = 0;
  for (const file of o.operands) {
    const cert = load(ctx, file, "certificate", parseCertificate, "Unable to load certificate\n");
    const self = cert.signerKeyId === cert.keyId ? cert : undefined;
    const r = verifyCertificate(cert, ca ?? self, ctx.environment.clock.now());
    if (r.ok) ctx.out(`${file}: OK\n`);
    else {
      const why = r.reason === "expired" ? "error 10 at 0 depth lookup: certificate has expired" : r.reason === "not-yet-valid" ? "error 9 at 0 depth lookup: certificate is not yet valid" : "error 20 at 0 depth lookup: unable to get local issuer certificate";
      ctx.err(`${formatDn(cert.subject)}\n${why}\nerror ${file}: verification failed\n`);
      code = 2;
    }
  }
  return code;
}

function rsa(argv: string[], ctx: CommandContext): number {
  const o = parse("rsa", argv, ctx, ["-noout", "-modulus", "-check", "-text", "-pubout"]);
  if (!o) return 1;
  const key = load(ctx, o.values.get("-in") ?? "-", "private key", parsePrivateKey);
  if (o.flags.includes("-modulus")) ctx.out(modulusLine(key.id, key.bits));
  if (o.flags.includes("-check")) ctx.out("RSA key ok\n");
  if (!o.flags.includes("-noout")) ctx.err("writing RSA key\n"), write(ctx, o.values.get("-out"), encodeKey(key));
  return 0;
}

const SUBCOMMANDS: Record<string, (argv: string[], ctx: CommandContext) => number> = { genrsa, req, x509, verify, rsa };

export const openssl: Command = {
  name: "openssl",
  usage: "openssl genrsa|req|x509|verify|rsa|version [options]",
  run(argv, ctx) {
    const sub = argv[1];
    if (!sub) return (ctx.err("openssl: interactive mode is not available here; give a command such as x509\n"), 1);
    if (sub === "version") return (ctx.out("OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)\n"), 0);
    const fn = SUBCOMMANDS[sub];
    if (!fn) return (ctx.err(`Invalid command '${sub}'; type "help" for a list.\n`), 1);
    try {
      return fn(argv.slice(2), ctx);
    } catch (e) {
      if (e instanceof OpenSslError) return (ctx.err(e.message), 1);
      throw e;
    }
  },
};
