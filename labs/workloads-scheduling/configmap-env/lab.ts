import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass, podSpecOf } from "../../../lib/labs/checks";

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { configMapKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; prefix?: string }[];
}

/** Whether the container gets LOG_LEVEL from ConfigMap `app-config` (a key reference or envFrom). */
function logLevelSource(c: Container | undefined): string {
  const ref = c?.env?.find((e) => e.name === "LOG_LEVEL");
  if (ref?.valueFrom?.configMapKeyRef) return `configmap ${ref.valueFrom.configMapKeyRef.name} key ${ref.valueFrom.configMapKeyRef.key}`;
  if (ref) return `the literal value ${JSON.stringify(ref.value ?? "")}`;
  const from = c?.envFrom?.find((e) => e.configMapRef && !e.prefix);
  return from ? `configmap ${from.configMapRef!.name} (envFrom)` : "no LOG_LEVEL variable";
}

export default defineLab({
  slug: "configmap-env",
  title: "Configuration from a ConfigMap",
  summary: "Move a hard-coded setting out of a Deployment into a ConfigMap and wire it back in as an environment variable.",
  domain: "workloads-scheduling",
  competency: "Use ConfigMaps and Secrets to configure applications",
  difficulty: "easy",
  minutes: 7,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace billing");
    s.run("kubectl -n billing create deployment invoices --image=nginx:1.27 --replicas=2");
    s.run("kubectl -n billing set env deployment/invoices LOG_LEVEL=info");
    s.advance(15_000);
  },
  tasks: [
    {
      id: "configmap",
      text: "In namespace `billing`, create a ConfigMap named `app-config` with the key `LOG_LEVEL` set to `debug`.",
      checks: [
        {
          id: "cm-data",
          title: "ConfigMap billing/app-config has LOG_LEVEL=debug",
          points: 1,
          check(c) {
            const cm = c.get("configmap", "app-config", "billing");
            if (!cm) return expectSaw("ConfigMap billing/app-config", "no such ConfigMap");
            const v = (cm.data as Record<string, string> | undefined)?.LOG_LEVEL;
            return v === "debug" ? pass("app-config has LOG_LEVEL=debug.") : expectSaw("LOG_LEVEL=debug in app-config", v === undefined ? "no LOG_LEVEL key" : `LOG_LEVEL=${v}`);
          },
        },
      ],
    },
    {
      id: "wire",
      text: "Change Deployment `invoices` so its container reads the environment variable `LOG_LEVEL` **from that ConfigMap** instead of the hard-coded value. Its 2 pods must be ready.",
      checks: [
        {
          id: "env-from-cm",
          title: "invoices takes LOG_LEVEL from app-config",
          points: 2,
          check(c) {
            const container = podSpecOf(c, "deployment", "invoices", "billing")?.containers?.[0] as Container | undefined;
            const src = logLevelSource(container);
            const ok = /^configmap app-config( key LOG_LEVEL| \(envFrom\))$/.test(src);
            return ok ? pass(`LOG_LEVEL comes from ${src}.`) : expectSaw("LOG_LEVEL from ConfigMap app-config", src);
          },
        },
        deploymentReady({ id: "invoices-ready", title: "Deployment billing/invoices has 2 ready pods", points: 1 }, "billing", "invoices", 2),
      ],
    },
  ],
  docs: [
    { title: "ConfigMaps", url: "https://kubernetes.io/docs/concepts/configuration/configmap/" },
    { title: "Configure a Pod to use a ConfigMap", url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/" },
  ],
  otherSolutions: [
    {
      why: "imports every key of the ConfigMap with envFrom",
      script: `kubectl -n billing create configmap app-config --from-literal=LOG_LEVEL=debug\nkubectl -n billing patch deployment invoices --type=json -p='[{"op":"remove","path":"/spec/template/spec/containers/0/env"},{"op":"add","path":"/spec/template/spec/containers/0/envFrom","value":[{"configMapRef":{"name":"app-config"}}]}]'\nsleep 15`,
    },
  ],
  wrongSolutions: [
    { why: "sets the literal value debug instead of referencing the ConfigMap", script: "kubectl -n billing create configmap app-config --from-literal=LOG_LEVEL=debug\nkubectl -n billing set env deployment/invoices LOG_LEVEL=debug\nsleep 15", failsCheck: "env-from-cm" },
    { why: "creates the ConfigMap in the default namespace", script: "kubectl create configmap app-config --from-literal=LOG_LEVEL=debug", failsCheck: "cm-data" },
  ],
});
