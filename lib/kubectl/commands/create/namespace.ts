import { generator, helpText, meta } from "./generator";

export const createNamespace = generator({
  name: "namespace",
  aliases: ["ns"],
  summary: "Create a namespace with the specified name",
  kind: "Namespace",
  group: "",
  namespaced: false,
  flags: [],
  help: helpText("Create a namespace.", "kubectl create namespace NAME [--dry-run=server|client|none] [options]", ["kubectl create namespace prod"], [["--dry-run='none'", "none, server or client."]]),
  build: (k, name) => ({ kind: "Namespace", apiVersion: "v1", metadata: meta(k, name, false), spec: {}, status: {} }),
});

export const createServiceAccount = generator({
  name: "serviceaccount",
  aliases: ["sa"],
  summary: "Create a service account with the specified name",
  kind: "ServiceAccount",
  group: "",
  namespaced: true,
  flags: [],
  help: helpText("Create a service account.", "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]", ["kubectl create serviceaccount build-bot -n ci"], [["--dry-run='none'", "none, server or client."]]),
  build: (k, name) => ({ kind: "ServiceAccount", apiVersion: "v1", metadata: meta(k, name, true) }),
});
