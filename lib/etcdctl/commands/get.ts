import type { KeyValue } from "../../engine/store/mvcc";
import { connect, endpointsOf, goJson, header, serverErrorWarning } from "../client";
import { fieldsHeader, fieldsKv, keysAt, kvBytes, kvJson, selectRange } from "../kv";
import { displayBytes } from "../printers";
import { EtcdctlError, ExitBadFeature, ExitError, type EtcdctlCommand } from "../types";

const SORT: Record<string, (kv: KeyValue) => string | number> = {
  KEY: (kv) => kv.key,
  CREATE: (kv) => kv.createRevision,
  MODIFY: (kv) => kv.modRevision,
  VALUE: (kv) => kv.value,
  VERSION: (kv) => kv.version,
};

/** `etcdctl get`: models etcdctl/ctlv3/command/get_command.go and the get printers. */
export const get: EtcdctlCommand = {
  path: "get",
  summary: "Gets the key or a range of keys",
  use: "get [options] <key> [range_end]",
  flags: [
    { name: "consistency", type: "string", default: "l", help: "Linearizable(l) or Serializable(s)" },
    { name: "count-only", type: "bool", default: false, help: "Get only the count" },
    { name: "from-key", type: "bool", default: false, help: "Get keys that are greater than or equal to the given key using byte compare" },
    { name: "keys-only", type: "bool", default: false, help: "Get only the keys" },
    { name: "limit", type: "int", default: 0, help: "Maximum number of results" },
    { name: "order", type: "string", default: "", help: "Order of results; ASCEND or DESCEND (ASCEND by default)" },
    { name: "prefix", type: "bool", default: false, help: "Get keys with matching prefix" },
    { name: "print-value-only", type: "bool", default: false, help: 'Only write values when using the "simple" output format' },
    { name: "rev", type: "int", default: 0, help: "Specify the kv revision" },
    { name: "sort-by", type: "string", default: "", help: "Sort target; CREATE, KEY, MODIFY, VALUE, or VERSION" },
  ],
  run(args, opts, ctx) {
    const f = opts.flags;
    const consistency = f.consistency as string;
    if (consistency !== "l" && consistency !== "s") throw new EtcdctlError(`unknown consistency flag "${consistency}"`, ExitBadFeature);
    const order = (f.order as string).toUpperCase();
    if (order && order !== "ASCEND" && order !== "DESCEND") throw new EtcdctlError(`bad sort order ${f.order}`, ExitBadFeature);
    const sortBy = (f["sort-by"] as string).toUpperCase();
    if (sortBy && !SORT[sortBy]) throw new EtcdctlError(`bad sort target ${f["sort-by"]}`, ExitBadFeature);
    if (f["count-only"] && opts.writeOut !== "fields") throw new EtcdctlError("--count-only is only for `--write-out=fields`", ExitBadFeature);
    if (opts.writeOut === "table") throw new EtcdctlError("table not supported as output format", ExitBadFeature);
    const server = connect(opts, ctx);
    const rev = f.rev as number;
    const at = keysAt(server, rev);
    if (at === "future" || at === "compacted") {
      const desc = at === "future" ? "etcdserver: mvcc: required revision is a future revision" : "etcdserver: mvcc: required revision has been compacted";
      selectRange(server, args, f.prefix as boolean, f["from-key"] as boolean, "get", []);
      ctx.err(serverErrorWarning(ctx, endpointsOf(opts)[0].hostPort, "OutOfRange", desc));
      throw new EtcdctlError(desc, ExitError);
    }
    let kvs = selectRange(server, args, f.prefix as boolean, f["from-key"] as boolean, "get", at);
    const key = SORT[sortBy || "KEY"];
    kvs = [...kvs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    if (order === "DESCEND") kvs.reverse();
    const count = kvs.length;
    const limit = f.limit as number;
    const more = limit > 0 && count > limit;
    if (limit > 0) kvs = kvs.slice(0, limit);
    const keysOnly = f["keys-only"] as boolean;
    if (f["count-only"]) kvs = [];
    const h = header(server);
    switch (opts.writeOut) {
      case "json":
        ctx.out(`${goJson({ header: h, ...(kvs.length ? { kvs: kvs.map((kv) => kvJson(kv, keysOnly)) } : {}), ...(more ? { more } : {}), ...(count ? { count } : {}) })}\n`);
        return 0;
      case "fields":
        ctx.out(fieldsHeader(h) + kvs.map((kv) => fieldsKv(kv, keysOnly)).join("") + `"More" : ${more}\n"Count" : ${count}\n`);
        return 0;
      default:
        for (const kv of kvs) {
          const b = kvBytes(kv);
          if (!f["print-value-only"]) ctx.out(`${displayBytes(b.key)}\n`);
          ctx.out(`${keysOnly ? "" : displayBytes(b.value)}\n`);
        }
        return 0;
    }
  },
};
