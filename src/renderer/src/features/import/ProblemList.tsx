import type { ImportProblem } from '../../../../shared/model/import';
import { plural } from './describeProgress';

/** How many problems show before the rest fold away behind "Show all". */
const SHOWN = 3;

/** Where a problem is: "pocket.csv, line 12", "wallabag.json, entry 4". */
export function problemPlace({ file, line, entry }: ImportProblem): string {
  if (line !== undefined) return `${file}, line ${line}`;
  if (entry !== undefined) return `${file}, entry ${entry}`;
  return file;
}

function Problems({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <ul className="import-problems__list">
      {problems.map((problem, index) => (
        <li key={index}>
          <span className="import-problems__place">{problemPlace(problem)}</span> — {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** The rows an import leaves out or changes, each with its place and why; beyond a few, folded. */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="import-problems" aria-label="Problems in the file">
      <Problems problems={problems.slice(0, SHOWN)} />
      {problems.length > SHOWN && (
        <details className="import-problems__more">
          <summary>Show all {plural(problems.length, 'problem', 'problems')}</summary>
          <Problems problems={problems.slice(SHOWN)} />
        </details>
      )}
    </section>
  );
}
