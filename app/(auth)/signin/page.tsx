import { SignInForm } from "@/components/site/SignInForm";

export const metadata = { title: "Sign in — kubelab" };

export default function SignInPage() {
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <SignInForm githubEnabled={Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET)} />
    </main>
  );
}
