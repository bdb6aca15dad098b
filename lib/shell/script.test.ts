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
