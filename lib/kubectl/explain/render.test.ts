import { describe, expect, it } from "vitest";
import { parseSchema } from "./model";
import { renderExplain } from "./render";

// Expected outputs were recorded from kubectl v1.32.5 explaining this same schema, served as
// OpenAPI v3 by a stub API server.
const table = parseSchema(`
Pod: A pod is a group of containers.
  apiVersion string: The versioned schema of this object.
  kind string: The kind of this object.
  metadata ObjectMeta: Standard object metadata.
  spec PodSpec: What the pod should run.
ObjectMeta: Metadata that all persisted resources must have.
  name string: Unique name within a namespace, required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically.
  labels map[string]string: Key value pairs.
  creationTimestamp Time: When it was created.
Time(string): Time is a wrapper for timestamps.
Quantity: Quantity is a number with a suffix.
IntOrString: A value that may be an integer or a string.
PodSpec: The specification of a pod.
  containers! []Container: Containers in the pod. There must be at least one container in a Pod and they cannot be added or removed.
  dnsPolicy string=ClusterFirst,ClusterFirstWithHostNet,Default,None,Other: How DNS is set up.
  overhead map[string]Quantity: Overhead of the sandbox.
  nodeSelector map[string]string:
  hostPathType string="",BlockDevice: A type.
Container: A single application container.
  name! string: Name of the container.
  port IntOrString: A port.
  args []string: Arguments.
  imagePullPolicy string=Always,IfNotPresent,Never: Pull policy.
`);

const explain = (path: string[], recursive = false, group = "") => renderExplain(table, { group, version: "v1", kind: "Pod", type: "Pod", path, recursive });

describe("renderExplain", () => {
  it("prints a field with its type's description, required markers and short enums", () => {
    expect(explain(["spec"]).stdout).toBe(`KIND:       Pod
VERSION:    v1

FIELD: spec <PodSpec>


DESCRIPTION:
    What the pod should run.
    The specification of a pod.
    
FIELDS:
  containers\t<[]Container> -required-
    Containers in the pod. There must be at least one container in a Pod and
    they cannot be added or removed.

  dnsPolicy\t<string>
  enum: ClusterFirst, ClusterFirstWithHostNet, Default, None, ....
    How DNS is set up.

  hostPathType\t<string>
  enum: "", BlockDevice
    A type.

  nodeSelector\t<map[string]string>
    <no description>

  overhead\t<map[string]Quantity>
    Overhead of the sandbox.


`);
  });

  it("lists every enum value of the explained field and shows <empty> without a description", () => {
    expect(explain(["spec", "containers", "imagePullPolicy"]).stdout).toBe(
      "KIND:       Pod\nVERSION:    v1\n\nFIELD: imagePullPolicy <string>\nENUM:\n    Always\n    IfNotPresent\n    Never\n\nDESCRIPTION:\n    Pull policy.\n    \n\n",
    );
    expect(explain(["spec", "nodeSelector"]).stdout).toBe("KIND:       Pod\nVERSION:    v1\n\nFIELD: nodeSelector <map[string]string>\n\n\nDESCRIPTION:\n    <empty>\n\n");
  });

  it("shows primitive-backed types by their primitive and wraps long descriptions at 76 columns", () => {
    expect(explain(["metadata", "creationTimestamp"]).stdout).toContain("FIELD: creationTimestamp <string>\n\n\nDESCRIPTION:\n    When it was created.\n    Time is a wrapper for timestamps.\n    \n\n");
    expect(explain(["metadata", "name"]).stdout).toContain(
      "    Unique name within a namespace, required when creating resources, although\n    some resources may allow a client to request the generation of an\n    appropriate name automatically.\n    \n\n",
    );
  });

  it("prints the whole tree with --recursive, enums included", () => {
    expect(explain([], true, "apps").stdout).toBe(`GROUP:      apps
KIND:       Pod
VERSION:    v1

DESCRIPTION:
    A pod is a group of containers.
    
FIELDS:
  apiVersion\t<string>
  kind\t<string>
  metadata\t<ObjectMeta>
    creationTimestamp\t<string>
    labels\t<map[string]string>
    name\t<string>
  spec\t<PodSpec>
    containers\t<[]Container> -required-
      args\t<[]string>
      imagePullPolicy\t<string>
      enum: Always, IfNotPresent, Never
      name\t<string> -required-
      port\t<IntOrString>
    dnsPolicy\t<string>
    enum: ClusterFirst, ClusterFirstWithHostNet, Default, None, ....
    hostPathType\t<string>
    enum: "", BlockDevice
    nodeSelector\t<map[string]string>
    overhead\t<map[string]Quantity>

`);
  });

  it("names the last path element when any element is missing, after the header", () => {
    expect(explain(["foo", "bar"])).toEqual({ stdout: "KIND:       Pod\nVERSION:    v1\n\n", error: 'error: field "bar" does not exist' });
    expect(explain(["spec", "overhead", "cpu"]).error).toBe('error: field "cpu" does not exist');
  });

  it("ends a --recursive tree at a type already being expanded, counting a field's own type (as kubectl's $ref history does)", () => {
    const t = parseSchema(`
Schema: A node of a tree.
  name string: Name.
  children []Schema: Child nodes.
`);
    const run = (path: string[]) => renderExplain(t, { group: "", version: "v1", kind: "Schema", type: "Schema", path, recursive: true }).stdout.split("FIELDS:\n")[1];
    expect(run([])).toBe("  children\t<[]Schema>\n    children\t<[]Schema>\n    name\t<string>\n  name\t<string>\n\n");
    expect(run(["children"])).toBe("  children\t<[]Schema>\n  name\t<string>\n\n");
  });
});
