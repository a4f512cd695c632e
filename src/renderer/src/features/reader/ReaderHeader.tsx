import type { Article } from '../../../../shared/model/article';
import { ArticleMeta } from '../../components/ArticleMeta/ArticleMeta';
import { ProvenancePanel } from './ProvenancePanel';

interface ReaderHeaderProps {
  article: Article;
  onOpenOriginal: (url: string) => void;
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function ReaderHeader({ article, onOpenOriginal }: ReaderHeaderProps) {
  return (
    <header className="reader-header" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <h1 className="reader-header__title">{article.title}</h1>
      <ArticleMeta article={article} />
      {/* Pasted text has no address, and so no original to read. */}
      {article.url && <OriginalLink url={article.url} onOpen={onOpenOriginal} />}
      <ProvenancePanel provenance={article.provenance} />
    </header>
  );
}

function OriginalLink({ url, onOpen }: { url: string; onOpen: (url: string) => void }) {
  return (
    <p className="reader-header__original">
      <a
        href={url}
        onClick={(event) => {
          event.preventDefault();
          onOpen(url);
        }}
      >
        Read the original on {hostOf(url)}
        <span className="visually-hidden"> (opens in your browser)</span>
      </a>
    </p>
  );
}
