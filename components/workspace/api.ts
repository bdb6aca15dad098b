/** Thin client for the sessions API; every error carries the server's message. */
async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw Object.assign(new Error(body.error ?? `request failed (${res.status})`), { status: res.status });
  return body;
}

export const api = {
  create: (lab: string) => call<{ id: string; prompt: string }>("/api/sessions", { method: "POST", body: JSON.stringify({ lab }) }),
  info: (id: string) => call<{ id: string; lab: string; prompt: string }>(`/api/sessions/${id}`),
  exec: (id: string, command: string) =>
    call<{ stdout: string; stderr: string; exitCode: number; prompt: string; editor?: { host: string; path: string } }>(`/api/sessions/${id}/exec`, { method: "POST", body: JSON.stringify({ command }) }),
  complete: (id: string, line: string, cursor: number) =>
    call<{ start: number; end: number; candidates: string[]; replacement: string }>(`/api/sessions/${id}/complete`, { method: "POST", body: JSON.stringify({ line, cursor }) }),
  readFile: (id: string, node: string, path: string) => call<{ content: string }>(`/api/sessions/${id}/files?node=${encodeURIComponent(node)}&path=${encodeURIComponent(path)}`),
  writeFile: (id: string, node: string, path: string, content: string) =>
    call<{ saved: true }>(`/api/sessions/${id}/files?node=${encodeURIComponent(node)}&path=${encodeURIComponent(path)}`, { method: "PUT", body: JSON.stringify({ content }) }),
  grade: (id: string) => call<import("./types").GradeView>(`/api/sessions/${id}/grade`, { method: "POST" }),
};
