interface ActiveSiteFilterProps {
  site: string | undefined;
  onSite: (site: string | undefined) => void;
}

/** The site a list is filtered by, as a chip with one click to clear it. */
export function ActiveSiteFilter({ site, onSite }: ActiveSiteFilterProps) {
  if (site === undefined) return null;
  return (
    <p className="list-controls__filter">
      Only <strong>{site}</strong>
      <button type="button" className="button button--small button--quiet" aria-label={`Clear the site filter (${site})`} onClick={() => onSite(undefined)}>
        ✕ Clear
      </button>
    </p>
  );
}
