import { CURRICULUM_URL, EXAM_TIPS_URL } from "@/lib/labs/curriculum";

export const metadata = { title: "Exam resources — kubelab" };

export default function ResourcesPage() {
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
    </main>
  );
}
