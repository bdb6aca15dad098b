import { redirect } from "next/navigation";
import Link from "next/link";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { getPrisma } from "@/lib/server/db";

export const metadata = { title: "My progress — kubelab" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/account");
  const attempts = await getPrisma().labAttempt.findMany({ where: { userId: user.id }, orderBy: { startedAt: "desc" }, take: 100 });
  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold">My progress</h1>
      <p className="mt-2 text-sm text-slate-500">
        {user.email} · {user.role}
      </p>
      {attempts.length === 0 ? (
        <p className="mt-6">
          No attempts yet. <Link className="underline" href="/labs">Start a lab</Link>.
        </p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th className="py-2">Lab</th>
              <th>Started</th>
              <th>Score</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id} className="border-b border-slate-200 dark:border-slate-800">
                <td className="py-2">
                  <Link className="underline" href={`/labs/${a.labSlug}`}>
                    {a.labSlug}
                  </Link>
                </td>
                <td>{a.startedAt.toISOString().replace("T", " ").slice(0, 16)} UTC</td>
                <td>{a.score === null ? "not graded" : `${a.score}/${a.maxScore}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
