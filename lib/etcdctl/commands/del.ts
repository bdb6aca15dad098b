import { connect, goJson, header } from "../client";
import { fieldsHeader, fieldsKv, kvBytes, kvJson, selectRange } from "../kv";
import { displayBytes } from "../printers";
import { EtcdctlError, ExitBadFeature, type EtcdctlCommand } from "../types";

/** `etcdctl del`: deletes keys behind the API server's back (the object vanishes from kubectl too). */
export const del: EtcdctlCommand = {
  path: "del",
  summary: "Removes the specified key or range of keys [key, range_end)",
  use: "del [options] <key> [range_end]",
  flags: [
    { name: "from-key", type: "bool", default: false, help: "delete keys that are greater than or equal to the given key using byte compare" },
    { name: "prefix", type: "bool", default: false, help: "delete keys with matching prefix" },
    { name: "prev-kv", type: "bool", default: false, help: "return deleted key-value pairs" },
  ],
  run(args, opts, ctx) {
    const f = opts.flags;
    if (opts.writeOut === "table") throw new EtcdctlError("table not supported as output format", ExitBadFeature);
    const server = connect(opts, ctx);
    const kvs = selectRange(server, args, f.prefix as boolean, f["from-key"] as boolean, "del");
    for (const kv of kvs) server.store.delete(kv.key);
    const h = header(server);
    const prevKv = f["prev-kv"] as boolean;
    if (opts.writeOut === "json") ctx.out(`${goJson({ header: h, ...(kvs.length ? { deleted: kvs.length } : {}), ...(prevKv && kvs.length ? { prev_kvs: kvs.map((kv) => kvJson(kv)) } : {}) })}\n`);
    else if (opts.writeOut === "fields") ctx.out(fieldsHeader(h) + `"Deleted" : ${kvs.length}\n` + (prevKv ? kvs.map((kv) => fieldsKv(kv)).join("") : ""));
    else {
      ctx.out(`${kvs.length}\n`);
      if (prevKv) for (const kv of kvs) ctx.out(`${displayBytes(kvBytes(kv).key)}\n${displayBytes(kvBytes(kv).value)}\n`);
    }
    return 0;
  },
};
