/**
 * Oracle cases not yet byte-identical, each with the reason. Remove a line when its case passes;
 * the replay test skips listed cases (run with ORACLE_ALL=1 to try them all).
 */
const KUSTOMIZE_HASH = "kustomize 5.5's configMapGenerator/secretGenerator name hash does not match kubectl's append-hash encoding; not reproduced yet";

export const PENDING: Record<string, string> = {
  "kubectl kustomize kustom2": KUSTOMIZE_HASH,
  "kubectl kustomize kustom2 -o out.yaml && cat out.yaml": KUSTOMIZE_HASH,
};
