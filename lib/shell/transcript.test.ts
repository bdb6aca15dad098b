import { describe, expect, it } from "vitest";
import { parseTranscript, rewriteTranscript } from "./transcript";

const FILE = `Intro text.

#### echo
echo hi
## STDOUT:
hi
## END

#### quiet
true
## STDOUT:
## END

#### fails
ls /nope
## STDERR:
ls: cannot access '/nope': No such file or directory
## EXIT: 2
## END
`;

describe("golden transcript files", () => {
  it("parses cases with their sections", () => {
    expect(parseTranscript(FILE)).toEqual([
      { title: "echo", script: "echo hi", stdout: "hi\n", stderr: "", exit: 0 },
      { title: "quiet", script: "true", stdout: "", stderr: "", exit: 0 },
      { title: "fails", script: "ls /nope", stdout: "", stderr: "ls: cannot access '/nope': No such file or directory\n", exit: 2 },
    ]);
  });

  it("rewrites a file with the same results to the same text", () => {
    expect(rewriteTranscript(FILE, parseTranscript(FILE))).toBe(FILE);
  });

  it("rewrites only the sections of recorded cases", () => {
    const out = rewriteTranscript(FILE, [{ stdout: "ho\n", stderr: "warn\n", exit: 1 }, undefined, { stdout: "", stderr: "", exit: 0 }]);
    expect(out).toBe(`Intro text.

#### echo
echo hi
## STDOUT:
ho
## STDERR:
warn
## EXIT: 1
## END

#### quiet
true
## STDOUT:
## END

#### fails
ls /nope
## END
`);
    expect(parseTranscript(out)[0]).toEqual({ title: "echo", script: "echo hi", stdout: "ho\n", stderr: "warn\n", exit: 1 });
  });

  it("keeps output without a final newline when it is the last section", () => {
    const out = rewriteTranscript(FILE, [{ stdout: "hi", stderr: "", exit: 0 }]);
    expect(parseTranscript(out)[0].stdout).toBe("hi");
    expect(() => rewriteTranscript(FILE, [{ stdout: "hi", stderr: "", exit: 3 }])).toThrow('transcript case "echo": output without a final newline cannot precede ## EXIT');
  });
});
