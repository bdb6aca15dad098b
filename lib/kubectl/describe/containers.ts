import type { DescribeWriter } from "./writer";
import { rfc1123z } from "./writer";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function state(w: DescribeWriter, title: string, s: Obj | undefined): void {
  if (s?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(s.running.startedAt)}\n`);
  } else if (s?.terminated) {
    const t = s.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
    if (s?.waiting?.reason) w.write(3, `Reason:\t${s.waiting.reason}\n`);
  }
}

function probe(p: Obj): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(" ")}] ${attrs}`;
  if (p.httpGet) return `http-get ${p.httpGet.scheme?.toLowerCase() ?? "http"}://${p.httpGet.host ?? ""}:${p.httpGet.port}${p.httpGet.path ?? ""} ${attrs}`;
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ""}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ""} ${attrs}`;
  return `unknown ${attrs}`;
}

function envValue(e: Obj): string {
  if (e.value !== undefined) return `${e.value}`;
  const f = e.valueFrom ?? {};
  if (f.configMapKeyRef) return `<set to the key '${f.configMapKeyRef.key}' of config map '${f.configMapKeyRef.name}'>\tOptional: ${!!f.configMapKeyRef.optional}`;
  if (f.secretKeyRef) return `<set to the key '${f.secretKeyRef.key}' in secret '${f.secretKeyRef.name}'>\tOptional: ${!!f.secretKeyRef.optional}`;
  if (f.fieldRef) return ` (${f.fieldRef.apiVersion ?? "v1"}:${f.fieldRef.fieldPath})`;
  if (f.resourceFieldRef) return ` (${f.resourceFieldRef.resource})`;
  return "";
}

/** The `Containers:` / `Init Containers:` section of describe pod (and of pod templates). */
export function describeContainers(w: DescribeWriter, title: string, containers: Obj[], statuses: Obj[] | undefined, space = ""): void {
  w.write(0, `${space}${title}:\n`);
  const nameIndent = space ? " " : "";
  for (const c of containers) {
    const st = statuses?.find((s) => s.name === c.name);
    w.write(1, `${nameIndent}${c.name}:\n`);
    if (st) w.write(2, `Container ID:\t${st.containerID ?? ""}\n`);
    w.write(2, `Image:\t${c.image}\n`);
    if (st) w.write(2, `Image ID:\t${st.imageID ?? ""}\n`);
    const ports = (c.ports ?? []).map((p: Obj) => `${p.containerPort}/${p.protocol ?? "TCP"}`).join(",");
    const hostPorts = (c.ports ?? []).map((p: Obj) => `${p.hostPort ?? 0}/${p.protocol ?? "TCP"}`).join(",");
    w.write(2, ports.includes(",") ? `Ports:\t${ports}\n` : `Port:\t${ports || "<none>"}\n`);
    w.write(2, hostPorts.includes(",") ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || "<none>"}\n`);
    for (const [key, label] of [["command", "Command"], ["args", "Args"]] as const) {
      if (!c[key]?.length) continue;
      w.write(2, `${label}:\n`);
      for (const part of c[key]) for (const line of String(part).split("\n")) w.write(3, `${line}\n`);
    }
    if (st) {
      state(w, "State", st.state);
      if (st.lastState?.terminated) state(w, "Last State", st.lastState);
      w.write(2, `Ready:\t${st.ready ? "True" : "False"}\n`);
      w.write(2, `Restart Count:\t${st.restartCount ?? 0}\n`);
    }
    for (const [key, label] of [["limits", "Limits"], ["requests", "Requests"]] as const) {
      const r = c.resources?.[key];
      if (!r || !Object.keys(r).length) continue;
      w.write(2, `${label}:\n`);
      for (const name of Object.keys(r).sort()) w.write(3, `${name}:\t${r[name]}\n`);
    }
    for (const [key, label] of [["livenessProbe", "Liveness"], ["readinessProbe", "Readiness"], ["startupProbe", "Startup"]] as const) if (c[key]) w.write(2, `${label}:\t${probe(c[key])}\n`);
    if (c.envFrom?.length) {
      w.write(2, `Environment Variables from:\n`);
      for (const f of c.envFrom) {
        const [kind, ref] = f.configMapRef ? ["ConfigMap", f.configMapRef] : ["Secret", f.secretRef];
        w.write(3, `${ref.name}\t${kind}\t${f.prefix ? `with prefix '${f.prefix}'` : ""}\tOptional: ${!!ref.optional}\n`);
      }
    }
    if (!c.env?.length) w.write(2, `Environment:\t<none>\n`);
    else {
      w.write(2, `Environment:\n`);
      for (const e of c.env) w.write(3, `${e.name}:\t${envValue(e)}\n`);
    }
    if (!c.volumeMounts?.length) w.write(2, `Mounts:\t<none>\n`);
    else {
      w.write(2, `Mounts:\n`);
      for (const m of [...c.volumeMounts].sort((a: Obj, b: Obj) => (a.mountPath < b.mountPath ? -1 : 1)))
        w.write(3, `${m.mountPath} from ${m.name} (${m.readOnly ? "ro" : "rw"}${m.subPath ? `,path="${m.subPath}"` : ""})\n`);
    }
  }
}

const VOLUME_TYPES: [string, (v: Obj, w: DescribeWriter) => void][] = [
  ["emptyDir", (v, w) => (w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n`), w.write(2, `Medium:\t${v.medium ?? ""}\n`), w.write(2, `SizeLimit:\t${v.sizeLimit ?? "<unset>"}\n`))],
  ["hostPath", (v, w) => (w.write(2, `Type:\tHostPath (bare host directory volume)\n`), w.write(2, `Path:\t${v.path}\n`), w.write(2, `HostPathType:\t${v.type ?? ""}\n`))],
  ["configMap", (v, w) => (w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n`), w.write(2, `Name:\t${v.name}\n`), w.write(2, `Optional:\t${!!v.optional}\n`))],
  ["secret", (v, w) => (w.write(2, `Type:\tSecret (a volume populated by a Secret)\n`), w.write(2, `SecretName:\t${v.secretName}\n`), w.write(2, `Optional:\t${!!v.optional}\n`))],
  ["persistentVolumeClaim", (v, w) => (w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n`), w.write(2, `ClaimName:\t${v.claimName}\n`), w.write(2, `ReadOnly:\t${!!v.readOnly}\n`))],
  [
    "projected",
    (v, w) => {
      w.write(2, `Type:\tProjected (a volume that contains injected data from multiple sources)\n`);
      for (const src of v.sources ?? []) {
        if (src.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${src.serviceAccountToken.expirationSeconds ?? 3600}\n`);
        if (src.configMap) (w.write(2, `ConfigMapName:\t${src.configMap.name}\n`), w.write(2, `ConfigMapOptional:\t${src.configMap.optional ?? "<nil>"}\n`));
        if (src.downwardAPI) w.write(2, `DownwardAPI:\ttrue\n`);
      }
    },
  ],
];

export function describeVolumes(w: DescribeWriter, volumes: Obj[] | undefined, space = ""): void {
  if (!volumes?.length) return w.write(0, `${space}Volumes:\t<none>\n`);
  w.write(0, `${space}Volumes:\n`);
  const nameIndent = space ? " " : "";
  for (const v of volumes) {
    w.write(1, `${nameIndent}${v.name}:\n`);
    const t = VOLUME_TYPES.find(([key]) => v[key]);
    if (t) t[1](v[t[0]], w);
    else w.write(2, "<unknown>\n");
  }
}

export function tolerationsMultiline(w: DescribeWriter, level: number, title: string, tolerations: Obj[] | undefined): void {
  w.write(level, `${title}:\t`);
  if (!tolerations?.length) return w.write(0, "<none>\n");
  tolerations.forEach((t, i) => {
    let s = t.key ?? "";
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === "Exists" && !t.value) s += t.key ? " op=Exists" : "op=Exists";
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(i === 0 ? 0 : level, `${i === 0 ? "" : "\t"}${s}\n`);
  });
}
