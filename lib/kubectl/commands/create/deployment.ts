import { containerNameOf, generator, helpText, meta } from "./generator";

/** `kubectl create deployment NAME --image=…` (label and selector app=NAME). */
export const createDeployment = generator({
  name: "deployment",
  aliases: ["deploy"],
  summary: "Create a deployment with the specified name",
  kind: "Deployment",
  group: "apps",
  namespaced: true,
  flags: [
    { name: "image", type: "array", required: true },
    { name: "port", type: "int", default: -1 },
    { name: "replicas", short: "r", type: "int", default: 1 },
  ],
  help: helpText(
    "Create a Deployment whose pods run the given image(s); each image becomes one container.",
    "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
    ["kubectl create deployment web --image=nginx", "kubectl create deployment web --image=nginx --replicas=3 --port=80", "kubectl create deployment app --image=busybox -- sleep 3600"],
    [["--image=[]", "Image(s) to run, one container per image."], ["--port=-1", "Container port to expose."], ["-r, --replicas=1", "Number of replicas."], ["--dry-run='none'", "none, server or client."], ["-o, --output=''", "Output format: json, yaml, name, jsonpath=…"]],
  ),
  build(k, name) {
    const labels = { app: name };
    const command = k.dashAt >= 0 ? k.args.slice(k.dashAt) : [];
    const port = k.int("port") ?? -1;
    const containers = k.list("image").map((image) => ({
      name: containerNameOf(image),
      image,
      ...(command.length ? { command } : {}),
      ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
      resources: {},
    }));
    return {
      kind: "Deployment",
      apiVersion: "apps/v1",
      metadata: meta(k, name, true, { labels }),
      spec: { replicas: k.int("replicas") ?? 1, selector: { matchLabels: labels }, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {} },
      status: {},
    };
  },
});

