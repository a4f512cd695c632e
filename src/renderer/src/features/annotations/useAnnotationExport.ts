import { useCallback, useState } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { AnnotationExportFormat } from '../../../../shared/model/annotation';
import { useApi } from '../../lib/api';

export interface AnnotationExporting {
  copyMarkdown: () => Promise<void>;
  save: (format: Extract<AnnotationExportFormat, 'markdown' | 'jsonld'>) => Promise<void>;
  /** What the last export did, or why it failed. */
  status: string | null;
}

const FORMAT_NAMES = { markdown: 'Markdown', jsonld: 'JSON-LD' } as const;

/**
 * Exports one article's highlights and notes (or, without an article, every article's): Markdown to
 * the clipboard, or Markdown or JSON-LD to a file.
 */
export function useAnnotationExport(articleId?: ArticleId): AnnotationExporting {
  const api = useApi();
  const [status, setStatus] = useState<string | null>(null);

  const copyMarkdown = useCallback(async () => {
    const exported = await api.annotations.export({ articleId, format: 'markdown' });
    if (!exported.ok) return setStatus(`Not copied: ${exported.error.message}`);
    const copied = await api.clipboard.writeText({ text: exported.value.text });
    setStatus(copied.ok ? 'Copied as Markdown.' : `Not copied: ${copied.error.message}`);
  }, [api, articleId]);

  const save = useCallback(
    async (format: keyof typeof FORMAT_NAMES) => {
      const saved = await api.annotations.saveExport({ articleId, format });
      if (!saved.ok) return setStatus(`Not saved: ${saved.error.message}`);
      setStatus(saved.value ? `Saved as ${FORMAT_NAMES[format]} to ${saved.value.path}` : 'Not saved.');
    },
    [api, articleId],
  );

  return { copyMarkdown, save, status };
}
