export const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";
export const buttonClass = "w-full rounded bg-blue-600 px-4 py-2 font-medium text-white hover:bg-blue-700 disabled:opacity-50";

export function Field({ label, name, type }: { label: string; name: string; type: string }) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <input name={name} type={type} required autoComplete={type === "password" ? "current-password" : "email"} className={inputClass} />
    </label>
  );
}
