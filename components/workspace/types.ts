export interface LabView {
  slug: string;
  title: string;
  domain: string;
  competency: string;
  minutes: number;
  tasks: { id: string; text: string }[];
  docs: { title: string; url: string }[];
}

export interface EditorTarget {
  host: string;
  path: string;
}

export interface GradeView {
  score: number;
  max: number;
  tasks: { id: string; passed: boolean; points: number; max: number; criteria: { id: string; title: string; passed: boolean; message: string }[] }[];
}
