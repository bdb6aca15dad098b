import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { Shell } from "../../shell/shell";
import { allCommands } from "../../toolbox";

describe("web servers serve their container's document root", () => {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9)), rand: new Rand(7) });
  const sh = new Shell(env, { commands: allCommands });
  const run = (line: string) => sh.exec(line).stdout;
  run("kubectl create cm page --from-literal=index.html='hello from a ConfigMap'");
  run(`kubectl apply -f - <<'Y'
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - {name: nginx, image: nginx, volumeMounts: [{name: html, mountPath: /usr/share/nginx/html}]}
  - {name: httpd, image: httpd, ports: [{containerPort: 8080}], volumeMounts: [{name: empty, mountPath: /usr/local/apache2/htdocs}]}
  volumes:
  - {name: html, configMap: {name: page}}
  - {name: empty, emptyDir: {}}
Y`);
  run("kubectl run plain --image=nginx");
  env.advance(20_000);
  const ip = (pod: string) => run(`kubectl get pod ${pod} -o jsonpath='{.status.podIP}'`);

  it("a ConfigMap mounted over nginx's html directory replaces the welcome page", () => {
    expect(run(`curl -s ${ip("web")}`)).toBe("hello from a ConfigMap");
    expect(run("kubectl exec web -c nginx -- cat /usr/share/nginx/html/index.html")).toBe("hello from a ConfigMap");
  });

  it("a missing file is 404", () => {
    expect(run(`curl -s -o /dev/null -w '%{http_code}' ${ip("web")}/nope`)).toBe("404");
  });

  it("without a volume the image's own index.html is served", () => {
    expect(run(`curl -s ${ip("plain")} | grep '<title>'`)).toBe("<title>Welcome to nginx!</title>\n");
    expect(run("kubectl exec plain -- cat /usr/share/nginx/html/index.html | head -1")).toBe("<!DOCTYPE html>\n");
  });
});
