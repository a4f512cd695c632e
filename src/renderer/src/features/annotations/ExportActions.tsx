import type { AnnotationExporting } from './useAnnotationExport';

/** The export actions as buttons (`buttonClass` styles them), with a line saying what the last one did. */
export function ExportButtons({ exporting, buttonClass }: { exporting: AnnotationExporting; buttonClass: string }) {
  const actions: ReadonlyArray<[string, () => Promise<void>]> = [
    ['Copy as Markdown', exporting.copyMarkdown],
    ['Save as Markdown…', () => exporting.save('markdown')],
    ['Save as JSON-LD…', () => exporting.save('jsonld')],
  ];
  return (
    <>
      <div className="export-actions">
        {actions.map(([label, run]) => (
          <button key={label} type="button" className={buttonClass} onClick={() => void run()}>
            {label}
          </button>
        ))}
      </div>
      <p className="export-actions__status" role="status">
        {exporting.status}
      </p>
    </>
  );
}

/** The panel's export section. */
export function ExportActions({ exporting }: { exporting: AnnotationExporting }) {
  return (
    <section className="annotations-panel__section" aria-labelledby="export-heading">
      <h3 id="export-heading" className="annotations-panel__heading">
        Export
      </h3>
      <ExportButtons exporting={exporting} buttonClass="button button--small" />
    </section>
  );
}
