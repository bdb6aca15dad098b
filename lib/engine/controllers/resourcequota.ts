import type { Controller } from "./controller";
import { namespaceUsage } from "../quota/usage";

/** Keeps every ResourceQuota's status (hard, used) current. Models pkg/controller/resourcequota. */
export const resourceQuotaController: Controller = {
  name: "resourcequota",
  sync(_env, cluster) {
    const api = cluster.api;
    for (const q of api.list("resourcequotas", undefined).items) {
      const status = { hard: q.spec?.hard ?? {}, used: namespaceUsage(api, q.metadata.namespace!, q) };
      if (JSON.stringify(status) !== JSON.stringify(q.status)) api.update({ ...q, metadata: { ...q.metadata, resourceVersion: undefined }, status }, {}, "status");
    }
  },
};
