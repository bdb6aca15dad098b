"use client";
import { useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { api } from "./api";
import { TaskPanel } from "./TaskPanel";
import { Timer } from "./Timer";
import type { EditorTarget, LabView } from "./types";

// Both libraries touch window when imported: load them in the browser only.
const Terminal = dynamic(() => import("./Terminal"), { ssr: false });
const YamlEditor = dynamic(() => import("./YamlEditor"), { ssr: false });

/** The lab workspace: task panel, terminal, YAML editor and timer over one session. */
export function Workbench({ lab }: { lab: LabView }) {
  const [session, setSession] = useState<{ id: string; prompt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const storageKey = `kubelab:session:${lab.slug}`;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // Resume this browser's session of the lab if it still exists for this caller.
      const saved = localStorage.getItem(storageKey);
      if (saved) {
        try {
          const info = await api.info(saved);
          if (!cancelled) setSession({ id: info.id, prompt: info.prompt });
          return;
        } catch {
          localStorage.removeItem(storageKey);
        }
      }
      const created = await api.create(lab.slug);
      localStorage.setItem(storageKey, created.id);
      localStorage.removeItem(`${storageKey}:start`);
      if (!cancelled) setSession(created);
    })().catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [lab.slug, storageKey]);

  async function reset() {
    localStorage.removeItem(storageKey);
    localStorage.removeItem(`${storageKey}:start`);
    setSession(null);
    setTarget(null);
    try {
      const created = await api.create(lab.slug);
      localStorage.setItem(storageKey, created.id);
      setSession(created);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="grid h-[calc(100vh-57px)] grid-cols-[22rem_1fr] grid-rows-[auto_1fr]">
      <div className="col-span-2 flex items-center gap-4 border-b border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
        <span className="font-medium">{lab.title}</span>
        <span className="ml-auto">
          <Timer storageKey={`${storageKey}:start`} minutes={lab.minutes} />
        </span>
        <button type="button" onClick={() => void reset()} className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700">
          Restart lab
        </button>
      </div>
      <div className="row-start-2 border-r border-slate-200 dark:border-slate-800">
        <TaskPanel lab={lab} sessionId={session?.id ?? null} />
      </div>
      <div className="row-start-2 grid min-h-0 grid-rows-[3fr_2fr] gap-2 bg-slate-950 p-2">
        {error && <p className="text-red-400">Could not start the lab: {error}</p>}
        {session && <Terminal key={session.id} sessionId={session.id} initialPrompt={session.prompt} onEditor={setTarget} />}
        {session && (
          <div className="min-h-0 overflow-hidden rounded border border-slate-800">
            <YamlEditor sessionId={session.id} target={target} />
          </div>
        )}
      </div>
    </div>
  );
}
