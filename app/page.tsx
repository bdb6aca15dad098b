import Link from "next/link";
import { builtinLabs } from "@/lib/labs/catalog";

export default function Home() {
  const count = builtinLabs().length;
  return (
    <main className="mx-auto max-w-4xl px-4 py-16">
      <h1 className="text-4xl font-bold tracking-tight">Practice the CKA on a cluster that starts instantly</h1>
      <p className="mt-4 text-lg text-slate-600 dark:text-slate-300">
        kubelab gives you timed, auto-graded Kubernetes v1.32 labs in the browser: a terminal with kubectl, ssh to the nodes,
        systemctl and journalctl, a YAML editor, and a kubeadm cluster that is simulated on the server — so a lab is ready in
        milliseconds and your work is kept between visits.
      </p>
      <div className="mt-8 flex gap-4">
        <Link href="/labs" className="rounded bg-blue-600 px-5 py-3 font-medium text-white hover:bg-blue-700">
          Browse {count} labs
        </Link>
        <Link href="/labs/blank" className="rounded border border-slate-300 px-5 py-3 font-medium dark:border-slate-700">
          Try a lab as a guest
        </Link>
      </div>
      <ul className="mt-12 grid gap-4 sm:grid-cols-3">
        {[
          ["Real failure modes", "Stopped kubelets, broken static-pod manifests, bad images — fixed from the node, as on the exam."],
          ["Fair grading", "Checks read the end state, accept any correct method, and say what they expected and saw."],
          ["Progress that sticks", "Sign up to keep your attempts and scores; guests can try any lab."],
        ].map(([title, text]) => (
          <li key={title} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h2 className="font-semibold">{title}</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{text}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
