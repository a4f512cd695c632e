import type { SearchSnippet as Snippet } from '../../../../shared/model/search';
import { MarkedText } from './MarkedText';
import { snippetPlace } from './snippetPlace';

/** The passage that matched, its words marked, and where it was found when that is not the text. */
export function SearchSnippet({ snippet }: { snippet: Snippet }) {
  const place = snippetPlace(snippet.field);
  return (
    <p className="article-row__excerpt search-snippet">
      {place && <span className="search-snippet__place">{place}</span>}
      <MarkedText text={snippet.text} marks={snippet.marks} />
    </p>
  );
}
