import { Popover } from '../../components/Popover/Popover';
import type { AnnotationExporting } from '../annotations/useAnnotationExport';

/** The Highlights view's "Export" button and its panel: every highlight and note, copied as Markdown or saved. */
export function ExportMenu({ exporting }: { exporting: AnnotationExporting }) {
  return (
    <Popover block="highlight-export" label="Export every highlight" button="Export">
      {() => (
        <>
          <button type="button" className="button button--quiet" onClick={() => void exporting.copyMarkdown()}>
            Copy all as Markdown
          </button>
          <button type="button" className="button button--quiet" onClick={() => void exporting.save('markdown')}>
            Save as Markdown…
          </button>
          <button type="button" className="button button--quiet" onClick={() => void exporting.save('jsonld')}>
            Save as JSON-LD…
          </button>
          <p className="highlight-export__outcome" role="status">
            {exporting.status}
          </p>
        </>
      )}
    </Popover>
  );
}
