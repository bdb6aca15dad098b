/**
 * Oracle cases not yet byte-identical, each with the reason. Remove a line when its case passes;
 * the replay test skips listed cases (run with ORACLE_ALL=1 to try them all).
 */
export const PENDING: Record<string, string> = {
  "kubectl kustomize kustom": "kustomize is not implemented yet",
};
