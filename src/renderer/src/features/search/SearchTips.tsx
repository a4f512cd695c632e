import { QUERY_SYNTAX } from '../../../../shared/search/querySyntax';
import { Popover } from '../../components/Popover/Popover';

/** The "?" by the search box: the query syntax, each with an example that, clicked, goes into the box. */
export function SearchTips({ onExample }: { onExample: (example: string) => void }) {
  return (
    <Popover
      block="search-tips"
      label="Search tips"
      button={
        <>
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">Search tips</span>
        </>
      }
    >
      {(close) => (
        <>
          <h2 className="search-tips__title">Search tips</h2>
          <dl className="search-tips__list">
            {QUERY_SYNTAX.map(({ syntax, meaning, example }) => (
              <div key={syntax} className="search-tips__entry">
                <dt>
                  <code>{syntax}</code>
                </dt>
                <dd>
                  {meaning}{' '}
                  <button
                    type="button"
                    className="search-tips__example"
                    aria-label={`Search for ${example}`}
                    onClick={() => {
                      close();
                      onExample(example);
                    }}
                  >
                    {example}
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Popover>
  );
}
