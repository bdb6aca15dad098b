import { connect, goJson, header } from "../client";
import { fieldsHeader, kvBytes } from "../kv";
import { displayBytes } from "../printers";
import { EtcdctlError, ExitBadArgs, ExitBadFeature, type EtcdctlCommand } from "../types";

/** `etcdctl put`: writes straight into the store, as real etcdctl bypasses the API server. */
export const put: EtcdctlCommand = {
  path: "put",
  summary: "Puts the given key into the store",
  use: "put [options] <key> <value> (<value> can also be given from stdin)",
  flags: [
    { name: "ignore-lease", type: "bool", default: false, help: "updates the key using its current lease" },
    { name: "ignore-value", type: "bool", default: false, help: "updates the key using its current value" },
    { name: "lease", type: "string", default: "0", help: "lease ID (in hexadecimal) to attach to the key" },
    { name: "prev-kv", type: "bool", default: false, help: "return the previous key-value pair before modification" },
  ],
  run(args, opts, ctx) {
    const f = opts.flags;
    const ignoreValue = f["ignore-value"] as boolean;
    if (args.length === 0 || (args.length === 1 && !ignoreValue && ctx.stdin === "")) throw new EtcdctlError("put command needs 1 argument and input from stdin or 2 arguments", ExitBadArgs);
    if (ignoreValue && args.length > 1) throw new EtcdctlError("put command needs only 1 argument when 'ignore-value' is set", ExitBadArgs);
    if (!/^[0-9a-fA-F]+$/.test(f.lease as string)) throw new EtcdctlError(`bad lease ID (strconv.ParseInt: parsing "${f.lease}": invalid syntax), expecting ID in Hex`, ExitBadArgs);
    if (opts.writeOut === "table") throw new EtcdctlError("table not supported as output format", ExitBadFeature);
    const server = connect(opts, ctx);
    const key = args[0];
    const prev = server.store.get(key);
    if (ignoreValue && !prev) throw new EtcdctlError("etcdserver: key not found", 1);
    const value = ignoreValue ? prev!.value : args.length > 1 ? args[1] : ctx.stdin;
    server.store.put(key, value);
    const h = header(server);
    if (opts.writeOut === "json") ctx.out(`${goJson({ header: h, ...(f["prev-kv"] && prev ? { prev_kv: prev } : {}) })}\n`);
    else if (opts.writeOut === "fields") ctx.out(fieldsHeader(h));
    else {
      ctx.out("OK\n");
      if (f["prev-kv"] && prev) ctx.out(`${displayBytes(kvBytes(prev).key)}\n${displayBytes(kvBytes(prev).value)}\n`);
    }
    return 0;
  },
};
