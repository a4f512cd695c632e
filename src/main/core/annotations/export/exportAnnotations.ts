import type { AnnotationExport, AnnotationExportFormat } from '../../../../shared/model/annotation';
import type { AnnotatedArticle } from './annotatedArticle';
import { exportFileName } from './exportFileName';
import { annotationsJson } from './jsonExport';
import { annotationsJsonLd } from './jsonLdExport';
import { articleMarkdown, libraryMarkdown } from './markdownExport';

const FILE = {
  markdown: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json' },
  // The media type the Web Annotation model asks for.
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
} as const;

/**
 * The annotations as a file: one article's (`scope` 'article', exactly one entry) or the library's (every
 * annotated article), with the name to suggest when saving it.
 */
export function exportAnnotations(annotated: readonly AnnotatedArticle[], format: AnnotationExportFormat, exportedAt: Date, scope: 'article' | 'library'): AnnotationExport {
  const single = scope === 'article' ? annotated[0] : undefined;
  const title = single ? single.article.title : `news-archive-${exportedAt.toISOString().slice(0, 10)}`;
  const { extension, mimeType } = FILE[format];
  return { text: render(), fileName: exportFileName(title, extension), mimeType };

  function render(): string {
    switch (format) {
      case 'markdown':
        return single ? articleMarkdown(single, exportedAt) : libraryMarkdown(annotated, exportedAt);
      case 'json':
        return annotationsJson(annotated, exportedAt);
      case 'jsonld':
        return annotationsJsonLd(annotated, exportedAt, single ? `Highlights and notes: ${single.article.title}` : 'Highlights and notes from News Archive');
    }
  }
}
