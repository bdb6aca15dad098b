import Link from "next/link";
import { builtinLabs } from "@/lib/labs/catalog";
import { CURRICULUM_URL, CURRICULUM_V132_URL, DOMAINS, DOMAIN_IDS, EXAM_TIPS_URL, competencyAnchor } from "@/lib/labs/curriculum";

export const metadata = { title: "Exam resources — kubelab" };

export default function ResourcesPage() {
  const labs = builtinLabs();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">About the CKA exam</h1>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <a className="text-blue-700 underline dark:text-blue-400" href={CURRICULUM_URL}>
            CNCF CKA curriculum
          </a>{" "}
          — the official list of domains and competencies (v1.32).
        </li>
        <li>
          <a className="text-blue-700 underline dark:text-blue-400" href={EXAM_TIPS_URL}>
            Linux Foundation: important tips for the CKA and CKAD
          </a>{" "}
          — the exam environment, allowed resources and rules.
        </li>
      </ul>
      <h2 className="mt-10 text-xl font-semibold">The format in short</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-slate-700 dark:text-slate-300">
        <li>Two hours for 15–20 hands-on tasks with different weights; you pass with 66%.</li>
        <li>Only the end state is graded, so any correct way of getting there counts — and a later change can undo an earlier task.</li>
        <li>
          Each task names the host to ssh into and often a kubectl context; work done on the wrong host or cluster earns nothing. <code>sudo -i</code> gives root.
        </li>
        <li>You may keep one tab open on kubernetes.io/docs, kubernetes.io/blog, helm.sh/docs or gateway-api.sigs.k8s.io.</li>
        <li>
          In the exam terminal, copy and paste are Ctrl+Shift+C and Ctrl+Shift+V. kubectl is aliased to <code>k</code> with completion.
        </li>
        <li>
          Save time with <code>--dry-run=client -o yaml</code> to draft manifests, and <code>kubectl explain</code> for field names.
        </li>
      </ul>
      <h2 className="mt-10 text-xl font-semibold">The v1.32 curriculum, bullet by bullet</h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        The competencies as the <a className="underline" href={CURRICULUM_V132_URL}>CNCF v1.32 curriculum</a> lists them, with the labs that practise each.
      </p>
      {DOMAIN_IDS.map((d) => (
        <section key={d} className="mt-6">
          <h3 className="font-semibold">
            {DOMAINS[d].title} <span className="text-sm font-normal text-slate-500">{DOMAINS[d].weight}%</span>
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {DOMAINS[d].competencies.map((c) => {
              const practising = labs.filter((l) => l.competency === c);
              return (
                <li key={c} id={competencyAnchor(c)} className="scroll-mt-20">
                  {c}
                  {practising.length > 0 && (
                    <span className="text-sm text-slate-500">
                      {" — "}
                      {practising.map((l, i) => (
                        <span key={l.slug}>
                          {i > 0 && ", "}
                          <Link className="text-blue-700 underline dark:text-blue-400" href={`/labs/${l.slug}`}>
                            {l.title}
                          </Link>
                        </span>
                      ))}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </main>
  );
}
