import { generator, helpText, meta } from "./generator";
import { collectData, sorted, SourceError } from "./sources";
import { appendHash } from "./hash";

export const createConfigMap = generator({
  name: "configmap",
  aliases: ["cm"],
  summary: "Create a config map from a local file, directory or literal value",
  kind: "ConfigMap",
  group: "",
  namespaced: true,
  flags: [
    { name: "from-literal", type: "array" },
    { name: "from-file", type: "slice" },
    { name: "from-env-file", type: "array" },
    { name: "append-hash", type: "bool" },
  ],
  help: helpText(
    "Create a ConfigMap from literal key=value pairs, files (key = file name, or key=path) or env files.",
    "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
    ["kubectl create configmap app --from-literal=mode=prod", "kubectl create configmap app --from-file=app.properties", "kubectl create configmap app --from-env-file=.env"],
    [["--from-literal=[]", "key=value pairs."], ["--from-file=[]", "Files or directories; key=path renames the key."], ["--from-env-file=[]", "Files of KEY=VALUE lines."], ["--append-hash=false", "Append a hash of the data to the name."]],
  ),
  build(k, name) {
    let data: Record<string, string>;
    try {
      data = sorted(collectData(k, "ConfigMap", name));
    } catch (e) {
      if (e instanceof SourceError) return e.message;
      throw e;
    }
    const finalName = k.bool("append-hash") ? appendHash(name, { data, kind: "ConfigMap", name }) : name;
    return { kind: "ConfigMap", apiVersion: "v1", metadata: meta(k, finalName, true), ...(Object.keys(data).length ? { data } : {}) };
  },
});
