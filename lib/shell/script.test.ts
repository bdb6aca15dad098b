import { describe, expect, it } from "vitest";
import { splitCommands } from "./script";

describe("splitCommands", () => {
  it("keeps here-doc bodies with the line that opens them", () => {
    const script = ["# comment", "kubectl get nodes", "", "cat <<EOF | kubectl apply -f -", "kind: Namespace", "EOF", "echo done"].join("\n");
    expect(splitCommands(script)).toEqual(["kubectl get nodes", "cat <<EOF | kubectl apply -f -\nkind: Namespace\nEOF", "echo done"]);
  });

  it("honours quoted and tab-stripping delimiters", () => {
    expect(splitCommands("cat <<-'END' > f\n\tx\n\tEND\nls")).toEqual(["cat <<-'END' > f\n\tx\n\tEND", "ls"]);
  });
});

describe("splitCommands with compound commands", () => {
  it("keeps if/for/while bodies and open quotes together", () => {
    const script = ["for n in a b; do", "  echo $n", "done", "if true", "then echo yes; fi", "echo 'two", "lines'", "f() {", "  echo f", "}", "ls"].join("\n");
    expect(splitCommands(script)).toEqual(["for n in a b; do\n  echo $n\ndone", "if true\nthen echo yes; fi", "echo 'two\nlines'", "f() {\n  echo f\n}", "ls"]);
  });

  it("passes an unfinished command at the end through, for the shell to report", () => {
    expect(splitCommands("if true; then\necho x")).toEqual(["if true; then\necho x"]);
  });
});
