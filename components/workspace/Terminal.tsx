"use client";
import { useEffect, useRef } from "react";
import { Terminal as XTerm } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import "@xterm/xterm/css/xterm.css";
import { api } from "./api";
import { LineEditor, formatColumns, needsMoreLines } from "./line-editor";
import type { EditorTarget } from "./types";

const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

export default function Terminal({ sessionId, initialPrompt, onEditor }: { sessionId: string; initialPrompt: string; onEditor: (t: EditorTarget) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const onEditorRef = useRef(onEditor);
  useEffect(() => {
    onEditorRef.current = onEditor;
  });

  useEffect(() => {
    const term = new XTerm({ cursorBlink: true, fontSize: 14, fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", theme: { background: "#0f172a" }, convertEol: false });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current!);
    fit.fit();
    const onResize = () => fit.fit();
    window.addEventListener("resize", onResize);

    const editor = new LineEditor();
    let prompt = initialPrompt;
    let pending = ""; // earlier lines of a multi-line here-doc
    let busy: Promise<void> = Promise.resolve();
    const currentPrompt = () => (pending ? "> " : prompt);
    const redraw = () => term.write(editor.render(currentPrompt()));

    term.write(prompt);

    const submit = () => {
      const line = editor.take();
      term.write("\r\n");
      const text = pending ? `${pending}\n${line}` : line;
      if (needsMoreLines(text)) {
        pending = text;
        term.write("> ");
        return;
      }
      pending = "";
      if (!text.trim()) {
        term.write(prompt);
        return;
      }
      busy = busy.then(async () => {
        try {
          const r = await api.exec(sessionId, text);
          if (r.stdout.includes("\x1b[H\x1b[2J")) term.clear();
          term.write(crlf(r.stdout.replace("\x1b[H\x1b[2J\x1b[3J", "")) + crlf(r.stderr));
          prompt = r.prompt;
          if (r.editor) onEditorRef.current(r.editor);
        } catch (e) {
          term.write(`\x1b[31mkubelab: ${(e as Error).message}\x1b[0m\r\n`);
        }
        term.write(prompt);
      });
    };

    // Exam-style copy/paste: Ctrl+Shift+C / Ctrl+Shift+V; Ctrl+W must not close the tab.
    term.attachCustomKeyEventHandler((ev) => {
      if (ev.type !== "keydown") return true;
      if (ev.ctrlKey && ev.shiftKey && ev.code === "KeyC") {
        const sel = term.getSelection();
        if (sel) void navigator.clipboard?.writeText(sel);
        return false;
      }
      if (ev.ctrlKey && ev.shiftKey && ev.code === "KeyV") {
        void navigator.clipboard?.readText().then((t) => {
          editor.insert(t.replace(/\r?\n$/, ""));
          redraw();
        });
        return false;
      }
      if (ev.ctrlKey && ev.code === "KeyW") {
        ev.preventDefault();
        editor.killToStart();
        redraw();
        return false;
      }
      return true;
    });

    // Tab completes the common prefix; a second Tab lists the candidates, as bash does.
    let lastWasTab = false;
    const complete = (second: boolean) => {
      const line = editor.line;
      const cursor = editor.cursor;
      busy = busy.then(async () => {
        try {
          const r = await api.complete(sessionId, line, cursor);
          if (editor.line !== line || editor.cursor !== cursor) return;
          if (r.replacement !== line.slice(r.start, r.end)) {
            editor.replaceRange(r.start, r.end, r.replacement);
            redraw();
          } else if (r.candidates.length > 1 && second) {
            term.write("\r\n" + formatColumns(r.candidates, term.cols));
            redraw();
          } else if (r.candidates.length !== 1) term.write("\x07");
        } catch {
          term.write("\x07");
        }
      });
    };

    const keys: Record<string, () => void> = {
      "\r": submit,
      "\x7f": () => (editor.backspace(), redraw()),
      "\x1b[3~": () => (editor.deleteForward(), redraw()),
      "\x1b[A": () => (editor.previous(), redraw()),
      "\x1b[B": () => (editor.next(), redraw()),
      "\x1b[C": () => (editor.right(), redraw()),
      "\x1b[D": () => (editor.left(), redraw()),
      "\x1b[H": () => (editor.home(), redraw()),
      "\x1b[F": () => (editor.end(), redraw()),
      "\x01": () => (editor.home(), redraw()),
      "\x05": () => (editor.end(), redraw()),
      "\x15": () => (editor.killToStart(), redraw()),
      "\x03": () => {
        term.write("^C\r\n");
        editor.take();
        pending = "";
        term.write(prompt);
      },
      "\x0c": () => {
        term.clear();
        term.write("\x1b[2J\x1b[H");
        redraw();
      },
    };

    const sub = term.onData((data) => {
      const handler = keys[data];
      const wasTab = lastWasTab;
      lastWasTab = data === "\t";
      if (data === "\t") return complete(wasTab);
      if (handler) return handler();
      if (data.startsWith("\x1b")) return;
      // Typed or pasted text; a paste may contain several lines.
      const parts = data.replace(/\r\n/g, "\r").split("\r");
      parts.forEach((part, i) => {
        editor.insert(part.replace(/[\x00-\x1f]/g, ""));
        if (i < parts.length - 1) submit();
      });
      redraw();
    });
    term.focus();

    return () => {
      sub.dispose();
      window.removeEventListener("resize", onResize);
      term.dispose();
    };
  }, [sessionId, initialPrompt]);

  return <div ref={host} data-testid="terminal" className="h-full w-full overflow-hidden rounded bg-slate-900 p-2" />;
}
