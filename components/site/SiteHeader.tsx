import Link from "next/link";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { SignOutButton } from "./SignOutButton";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <nav className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3 text-sm">
        <Link href="/" className="text-lg font-semibold text-blue-700 dark:text-blue-400">
          kubelab
        </Link>
        <Link href="/labs">Labs</Link>
        <Link href="/resources">Exam resources</Link>
        <span className="ml-auto flex items-center gap-4">
          {user ? (
            <>
              <Link href="/account">My progress</Link>
              <span data-testid="signed-in-as">Signed in as {user.email}</span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup" className="rounded bg-blue-600 px-3 py-1.5 text-white hover:bg-blue-700">
                Sign up
              </Link>
            </>
          )}
        </span>
      </nav>
    </header>
  );
}
