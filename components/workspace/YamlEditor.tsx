"use client";
import { useEffect, useState } from "react";
import Editor, { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { configureMonacoYaml } from "monaco-yaml";
import { api } from "./api";
import type { EditorTarget } from "./types";

// Monaco comes from the local monaco-editor package (never a CDN); YAML gets its own worker.
self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === "yaml" ? new Worker(new URL("monaco-yaml/yaml.worker", import.meta.url)) : new Worker(new URL("monaco-editor/esm/vs/editor/editor.worker", import.meta.url));
  },
};
loader.config({ monaco });
configureMonacoYaml(monaco, { enableSchemaRequest: false, validate: true });

type Status = { kind: "idle" } | { kind: "saved" } | { kind: "error"; message: string };

export default function YamlEditor({ sessionId, target }: { sessionId: string; target: EditorTarget | null }) {
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  useEffect(() => {
    if (!target) return;
    let cancelled = false;
    api
      .readFile(sessionId, target.host, target.path)
      .then((r) => !cancelled && (setText(r.content), setStatus({ kind: "idle" })))
      .catch((e: Error & { status?: number }) => {
        if (cancelled) return;
        // A new file: start empty, it is created on save.
        setText("");
        setStatus(e.status === 404 ? { kind: "idle" } : { kind: "error", message: e.message });
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId, target]);

  async function save() {
    if (!target) return;
    try {
      await api.writeFile(sessionId, target.host, target.path, text);
      setStatus({ kind: "saved" });
    } catch (e) {
      setStatus({ kind: "error", message: (e as Error).message });
    }
  }

  if (!target) return <p className="p-4 text-sm text-slate-500">Open a file with <code>vim FILE</code> in the terminal to edit it here.</p>;
  return (
    <div className="flex h-full flex-col" onKeyDown={(e) => (e.ctrlKey || e.metaKey) && e.key === "s" && (e.preventDefault(), void save())}>
      <div className="flex items-center gap-3 border-b border-slate-700 px-3 py-1 text-xs text-slate-300">
        <span data-testid="editor-path">
          {target.host}:{target.path}
        </span>
        <button type="button" onClick={() => void save()} className="ml-auto rounded bg-blue-600 px-2 py-0.5 text-white">
          Save
        </button>
        {status.kind === "saved" && <span>saved</span>}
        {status.kind === "error" && <span className="text-red-400">{status.message}</span>}
      </div>
      <Editor height="100%" language="yaml" theme="vs-dark" value={text} onChange={(v) => setText(v ?? "")} options={{ minimap: { enabled: false }, fontSize: 13, tabSize: 2 }} />
    </div>
  );
}
