import { notFound } from "next/navigation";
import { getLab } from "@/lib/labs/catalog";
import { DOMAINS } from "@/lib/labs/curriculum";
import { Workbench } from "@/components/workspace/Workbench";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const lab = getLab((await params).slug);
  return { title: lab ? `${lab.title} — kubelab` : "Lab not found — kubelab" };
}

export default async function LabPage({ params }: { params: Promise<{ slug: string }> }) {
  const lab = getLab((await params).slug);
  if (!lab) notFound();
  return (
    <Workbench
      lab={{
        slug: lab.slug,
        title: lab.title,
        domain: DOMAINS[lab.domain as keyof typeof DOMAINS].title,
        competency: lab.competency,
        minutes: lab.minutes,
        tasks: lab.tasks.map((t) => ({ id: t.id, text: t.text })),
        docs: lab.docs,
      }}
    />
  );
}
