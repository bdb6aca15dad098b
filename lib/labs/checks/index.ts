export type { CheckView } from "./view";
export { checkView } from "./view";
export type { CheckResult } from "./result";
export { pass, fail, expectSaw, expectThat } from "./result";
export { parseQuantity, sameQuantity, sameSet, hasLabels, formatLabels, sameImage } from "./compare";
export type { Reach } from "./network";
export { podRunning, deploymentReady, nodeReady, fileLines, podSpecOf } from "./builders";
