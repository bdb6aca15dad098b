import { SignUpForm } from "@/components/site/SignUpForm";

export const metadata = { title: "Sign up — kubelab" };

export default function SignUpPage() {
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Your attempts and scores are kept with your account.</p>
      <SignUpForm />
    </main>
  );
}
