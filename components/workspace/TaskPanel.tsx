"use client";
import { useState } from "react";
import { api } from "./api";
import { competencyHref } from "@/lib/labs/curriculum";
import { Markdown } from "./Markdown";
import type { GradeView, LabView } from "./types";

export function TaskPanel({ lab, sessionId }: { lab: LabView; sessionId: string | null }) {
  const [grade, setGrade] = useState<GradeView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function check() {
    if (!sessionId) return;
    setBusy(true);
    setError(null);
    try {
      setGrade(await api.grade(sessionId));
    } catch (e) {
      setError((e as Error).message);
    }
    setBusy(false);
  }

  return (
    <aside className="flex h-full flex-col gap-4 overflow-y-auto p-4 text-sm">
      <div>
        <h1 className="text-lg font-semibold">{lab.title}</h1>
        <p className="text-xs text-slate-500">
          {lab.domain} ·{" "}
          <a href={competencyHref(lab.competency)} className="underline" target="_blank" rel="noreferrer" title="This competency in the CKA v1.32 curriculum">
            {lab.competency}
          </a>
        </p>
      </div>
      <ol className="prose-task list-decimal space-y-3 pl-5">
        {lab.tasks.map((t) => (
          <li key={t.id}>
            <Markdown text={t.text} />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void check()} disabled={!sessionId || busy} className="rounded bg-emerald-600 px-3 py-2 font-medium text-white hover:bg-emerald-700 disabled:opacity-50">
        Check my work
      </button>
      {error && <p className="text-red-600">{error}</p>}
      {grade && (
        <div data-testid="grade">
          <p className="font-semibold">
            Score: {grade.score}/{grade.max}
          </p>
          <ul className="mt-2 space-y-1">
            {grade.tasks.flatMap((t) =>
              t.criteria.map((c) => (
                <li key={c.id} className={c.passed ? "text-emerald-600" : "text-red-600"}>
                  {c.passed ? "✓" : "✗"} {c.title}: {c.message}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      <div className="mt-auto text-xs">
        <p className="font-medium">Docs</p>
        {lab.docs.map((d) => (
          <a key={d.url} href={d.url} target="_blank" rel="noreferrer" className="mr-3 underline">
            {d.title}
          </a>
        ))}
      </div>
    </aside>
  );
}
