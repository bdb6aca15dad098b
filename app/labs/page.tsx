import Link from "next/link";
import { builtinLabs } from "@/lib/labs/catalog";
import { CURRICULUM_URL, DOMAINS, DOMAIN_IDS, competencyAnchor, competencyHref } from "@/lib/labs/curriculum";

export const metadata = { title: "Labs — kubelab" };

export default function LabsPage() {
  const labs = builtinLabs();
  return (
    <main className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">Labs</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {labs.length} labs grouped by the domains and competencies of the <a className="underline" href={CURRICULUM_URL}>CKA v1.32 curriculum</a>, with each domain&apos;s exam weight.
      </p>
      {DOMAIN_IDS.map((d) => {
        const inDomain = labs.filter((l) => l.domain === d);
        return (
          <section key={d} className="mt-10" data-testid={`domain-${d}`}>
            <h2 className="text-xl font-semibold">
              {DOMAINS[d].title} <span className="text-sm font-normal text-slate-500">{DOMAINS[d].weight}% of the exam · {inDomain.length} labs</span>
            </h2>
            {DOMAINS[d].competencies.map((competency) => {
              const here = inDomain.filter((l) => l.competency === competency);
              return (
                <div key={competency} id={competencyAnchor(competency)} className="mt-4">
                  <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">
                    <Link href={competencyHref(competency)} className="hover:underline" title="This competency in the CKA v1.32 curriculum">
                      {competency}
                    </Link>
                  </h3>
                  {here.length === 0 ? (
                    <p className="mt-1 text-xs text-slate-500">No lab for this competency yet.</p>
                  ) : (
                    <ul className="mt-2 grid gap-3 sm:grid-cols-2">
                      {here.map((l) => (
                        <li key={l.slug} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                          <Link href={`/labs/${l.slug}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                            {l.title}
                          </Link>
                          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{l.summary}</p>
                          <p className="mt-2 text-xs text-slate-500">
                            {l.difficulty} · {l.minutes} min
                          </p>
                          <p className="mt-1 text-xs">
                            {l.docs.map((doc) => (
                              <a key={doc.url} href={doc.url} className="mr-3 underline">
                                {doc.title}
                              </a>
                            ))}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </main>
  );
}
