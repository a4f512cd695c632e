import './BranchToggle.css';

interface BranchToggleProps {
  className: string;
  name: string;
  /** Undefined for a tag without children: an empty space keeps the names aligned. */
  expanded: boolean | undefined;
  onToggle: () => void;
}

/** The disclosure button of a parent tag, which shows or hides the tags under it. */
export function BranchToggle({ className, name, expanded, onToggle }: BranchToggleProps) {
  if (expanded === undefined) return <span className={`branch-toggle ${className}`} />;
  return (
    <button type="button" className={`branch-toggle ${className}`} aria-expanded={expanded} aria-label={`Show the tags under ${name}`} onClick={onToggle}>
      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
    </button>
  );
}
