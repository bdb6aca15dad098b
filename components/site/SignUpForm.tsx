"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Field, buttonClass } from "./fields";

export function SignUpForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    const res = await fetch("/api/register", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
    if (!res.ok) {
      setBusy(false);
      setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? "Could not create the account.");
      return;
    }
    const r = await signIn("credentials", { email, password, redirect: false });
    setBusy(false);
    if (r?.error) {
      setError(r.error);
      return;
    }
    router.push("/labs");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4">
      <Field label="Email" name="email" type="email" />
      <Field label="Password" name="password" type="password" />
      <p className="text-xs text-slate-500">At least 8 characters, with a letter and a digit.</p>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className={buttonClass}>
        Create account
      </button>
    </form>
  );
}
