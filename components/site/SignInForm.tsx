"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { Field, buttonClass } from "./fields";

export function SignInForm({ githubEnabled }: { githubEnabled: boolean }) {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const r = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setBusy(false);
    if (!r || r.error) {
      setError(!r || r.error === "CredentialsSignin" ? "Wrong email or password" : r.error);
      return;
    }
    router.push(params.get("callbackUrl") ?? "/labs");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4">
      <Field label="Email" name="email" type="email" />
      <Field label="Password" name="password" type="password" />
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className={buttonClass}>
        Sign in
      </button>
      {githubEnabled && (
        <button type="button" onClick={() => signIn("github", { callbackUrl: "/labs" })} className="w-full rounded border border-slate-300 px-4 py-2 dark:border-slate-700">
          Sign in with GitHub
        </button>
      )}
    </form>
  );
}
