"use client";
import { useEffect, useState } from "react";

/** Counts down from the lab's time limit; the start is kept in localStorage so reloads don't reset it. */
export function Timer({ storageKey, minutes }: { storageKey: string; minutes: number }) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const stored = Number(localStorage.getItem(storageKey));
    const start = stored > 0 ? stored : Date.now();
    localStorage.setItem(storageKey, String(start));
    const tick = () => setLeft(Math.max(0, start + minutes * 60_000 - Date.now()));
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [storageKey, minutes]);
  if (left === null) return null;
  const s = Math.ceil(left / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  return (
    <span data-testid="timer" className={`font-mono ${s === 0 ? "text-red-500" : s < 300 ? "text-amber-500" : ""}`}>
      {s === 0 ? "time is up" : text}
    </span>
  );
}
