import { describe, expect, it } from "vitest";
import { taskFileProblems, unregisteredLabFolders } from "./lab-files";

describe("lab folders", () => {
  it("every lab's task.md is rendered from its lab.ts", () => {
    expect(taskFileProblems()).toEqual([]);
  });
  it("every lab folder is registered in labs/index.ts", () => {
    expect(unregisteredLabFolders()).toEqual([]);
  });
});
