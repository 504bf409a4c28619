import type { EditorProblem } from "./flow-form";

/** The problems of one field, right under it; `id` ties them to the field with aria-describedby. */
export function ProblemText({ id, problems }: { id: string; problems: EditorProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} className="flex flex-col gap-0.5">
      {problems.map((p, i) => (
        <p key={i} className="text-sm font-medium text-red-800">
          {p.message}
        </p>
      ))}
    </div>
  );
}
