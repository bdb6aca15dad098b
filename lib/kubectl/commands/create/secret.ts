import type { Subcommand } from "../../context";
import { toBase64 } from "../../../shell/commands/text";
import { generator, helpText, meta } from "./generator";
import { collectData, sorted, SourceError } from "./sources";
import { appendHash } from "./hash";

const b64 = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([key, v]) => [key, toBase64(v)]));

function secret(name: string, data: Record<string, string>, type: string | undefined, metadata: Record<string, unknown>) {
  return { kind: "Secret", apiVersion: "v1", metadata, ...(Object.keys(data).length ? { data } : {}), ...(type ? { type } : {}) };
}

const generic = generator({
  name: "generic",
  summary: "Create a secret from a local file, directory, or literal value",
  kind: "Secret",
  group: "",
  namespaced: true,
  flags: [
    { name: "from-literal", type: "array" },
    { name: "from-file", type: "slice" },
    { name: "from-env-file", type: "array" },
    { name: "type", type: "string" },
    { name: "append-hash", type: "bool" },
  ],
  help: helpText(
    "Create an Opaque (or --type) secret; values are base64-encoded for you.",
    "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
    ["kubectl create secret generic db --from-literal=password=s3cr3t", "kubectl create secret generic certs --from-file=./certs/"],
    [["--from-literal=[]", "key=value pairs."], ["--from-file=[]", "Files or directories."], ["--from-env-file=[]", "KEY=VALUE files."], ["--type=''", "Secret type."]],
  ),
  build(k, name) {
    let data: Record<string, string>;
    try {
      data = sorted(b64(collectData(k, "Secret", name)));
    } catch (e) {
      if (e instanceof SourceError) return e.message;
      throw e;
    }
    const type = k.str("type") || undefined;
    const finalName = k.bool("append-hash") ? appendHash(name, { data, kind: "Secret", name, type: type ?? "" }) : name;
    return secret(finalName, data, type, meta(k, finalName, true));
  },
});

const tls = generator({
  name: "tls",
  summary: "Create a TLS secret",
  kind: "Secret",
  group: "",
  namespaced: true,
  flags: [
    { name: "cert", type: "string" },
    { name: "key", type: "string" },
    { name: "append-hash", type: "bool" },
  ],
  help: helpText("Create a kubernetes.io/tls secret from a PEM certificate and key.", "kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]", ["kubectl create secret tls web-tls --cert=tls.crt --key=tls.key"], [["--cert=''", "PEM certificate file."], ["--key=''", "PEM private key file."]]),
  build(k, name) {
    const cert = k.str("cert");
    const key = k.str("key");
    if (!cert || !key) return "key and cert must be specified";
    const read = (p: string) => {
      const abs = k.ctx.resolve(p);
      if (!k.ctx.host.fs.exists(abs)) throw new SourceError(`Cannot read file ${p}, open ${p}: no such file or directory`);
      return k.ctx.host.fs.readFile(abs);
    };
    try {
      const data = b64({ "tls.crt": read(cert), "tls.key": read(key) });
      return secret(name, data, "kubernetes.io/tls", meta(k, name, true));
    } catch (e) {
      if (e instanceof SourceError) return e.message;
      throw e;
    }
  },
});

const dockerRegistry = generator({
  name: "docker-registry",
  summary: "Create a secret for use with a Docker registry",
  kind: "Secret",
  group: "",
  namespaced: true,
  flags: [
    { name: "docker-server", type: "string", default: "https://index.docker.io/v1/" },
    { name: "docker-username", type: "string" },
    { name: "docker-password", type: "string" },
    { name: "docker-email", type: "string" },
    { name: "from-file", type: "slice" },
    { name: "append-hash", type: "bool" },
  ],
  help: helpText("Create a kubernetes.io/dockerconfigjson secret for pulling images from a private registry.", "kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]", ["kubectl create secret docker-registry regcred --docker-server=reg.example.com --docker-username=me --docker-password=pw"], [["--docker-server=''", "Registry address."], ["--docker-username=''", "User name."], ["--docker-password=''", "Password."], ["--docker-email=''", "Email (optional)."]]),
  build(k, name) {
    if (k.list("from-file").length === 0 && (!k.changed.has("docker-username") || !k.changed.has("docker-password")))
      return "either --from-file or the combination of --docker-username, --docker-password and --docker-server is required";
    const [user, pass, email, server] = [k.str("docker-username")!, k.str("docker-password")!, k.str("docker-email") ?? "", k.str("docker-server")!];
    const entry = JSON.stringify({ username: user, password: pass, ...(email ? { email } : {}), auth: toBase64(`${user}:${pass}`) });
    return secret(name, { ".dockerconfigjson": toBase64(`{"auths":{${JSON.stringify(server)}:${entry}}}`) }, "kubernetes.io/dockerconfigjson", meta(k, name, true));
  },
});

export const createSecret: Subcommand = {
  name: "secret",
  summary: "Create a secret using a specified subcommand",
  flags: [],
  help: "",
  groupHelpTo: "stderr",
  children: [dockerRegistry, generic, tls],
};
