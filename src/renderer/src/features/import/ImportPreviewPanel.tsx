import type { ImportPreview } from '../../../../shared/model/import';
import { plural } from './describeProgress';
import { formatName } from './formatName';
import { ProblemList } from './ProblemList';

/** What importing the chosen file would do: its format, the counts, the pages to download, the problems. */
interface ImportPreviewPanelProps {
  preview: ImportPreview;
  /** Whether the pages are to be downloaded now (the dialog's checkbox). */
  fetch: boolean;
}

export function ImportPreviewPanel({ preview, fetch }: ImportPreviewPanelProps) {
  const counts = [
    { label: 'New', value: preview.new },
    { label: 'Already in your library', value: preview.existing },
    { label: 'Invalid', value: preview.invalid },
  ];
  return (
    <div className="import-preview">
      <p className="import-preview__source">
        <span className="import-preview__format">{formatName(preview.format)}</span>
        <span className="import-preview__file">{preview.source}</span>
      </p>
      <dl className="import-preview__counts">
        {counts.map(({ label, value }) => (
          <div key={label} className={`import-preview__count${value === 0 ? ' import-preview__count--none' : ''}`}>
            <dt>{label}</dt>
            <dd>{value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {preview.toFetch > 0 && (
        <p className="import-preview__fetch">
          {fetch
            ? `${plural(preview.toFetch, 'page', 'pages')} will be downloaded in the background after the import.`
            : `${plural(preview.toFetch, 'article', 'articles')} will be links only, to download later.`}
        </p>
      )}
      <ProblemList problems={preview.problems} />
    </div>
  );
}
