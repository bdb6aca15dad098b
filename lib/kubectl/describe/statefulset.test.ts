import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeStatefulSet } from "./statefulset";

describe("describe statefulset volume claim templates", () => {
  it("prints claim labels and annotations as key=value (printLabelsMultilineWithIndent), unlike the object's own annotations", () => {
    const sts = {
      kind: "StatefulSet",
      metadata: { name: "db", namespace: "default", creationTimestamp: "2026-01-01T10:00:00Z", annotations: { note: "x" } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: "db" } },
        updateStrategy: { type: "RollingUpdate" },
        template: { metadata: { labels: { app: "db" } }, spec: { containers: [{ name: "db", image: "postgres" }] } },
        volumeClaimTemplates: [
          {
            metadata: { name: "data", labels: { tier: "db", app: "db" }, annotations: { "volume.beta.kubernetes.io/storage-class": "fast" } },
            spec: { storageClassName: "fast", accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
          },
        ],
      },
      status: { replicas: 0 },
    } as unknown as KubeObject;
    const out = describeStatefulSet(sts, undefined, 0, []);
    expect(out).toContain("Annotations:        note: x\n");
    expect(out.slice(out.indexOf("Volume Claims:"))).toBe(
      [
        "Volume Claims:",
        "  Name:          data",
        "  StorageClass:  fast",
        "  Labels:        app=db",
        "                 tier=db",
        "  Annotations:   volume.beta.kubernetes.io/storage-class=fast",
        "  Capacity:      1Gi",
        "  Access Modes:  [ReadWriteOnce]",
        "",
      ].join("\n"),
    );
  });
});
