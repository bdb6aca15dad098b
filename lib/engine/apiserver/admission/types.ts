import type { KubeObject } from "../../api/types";
import type { ListResult } from "../../client";

/** What the API server exposes to admission plugins: reads of the current state. */
export interface AdmissionReader {
  list(resource: string, namespace?: string): ListResult;
  get(resource: string, name: string, namespace?: string): KubeObject;
  update(obj: KubeObject, opts: object, subresource?: "status"): KubeObject;
}

/** One request as admission sees it (k8s.io/apiserver/pkg/admission Attributes). */
export interface AdmissionRequest {
  operation: "CREATE" | "UPDATE";
  /** Plural resource, e.g. `pods`. */
  resource: string;
  /** `pods`, `deployments.apps`: as error messages name the resource. */
  groupResource: string;
  subresource?: string;
  /** The incoming object; mutating plugins change it in place. */
  obj: KubeObject;
  old?: KubeObject;
  namespace?: string;
  dryRun: boolean;
  api: AdmissionReader;
  /** Status writes a plugin wants once the request is stored (quota usage). */
  afterCommit: (() => void)[];
  /** Warning headers returned to the client (kubectl prints them as `Warning: ...`). */
  warnings: string[];
}

/** An admission plugin: `mutate` runs in the mutating phase, `validate` in the validating phase; both throw a StatusError to reject. */
export interface AdmissionPlugin {
  name: string;
  mutate?(req: AdmissionRequest): void;
  validate?(req: AdmissionRequest): void;
}
