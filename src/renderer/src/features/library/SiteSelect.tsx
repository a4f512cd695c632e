import { useId } from 'react';
import type { SiteCounts } from './useSites';

interface SiteSelectProps {
  site: string | undefined;
  sites: SiteCounts;
  onSite: (site: string | undefined) => void;
}

/** The "Site" filter of a list's controls: every site with its article count, or all of them. */
export function SiteSelect({ site, sites, onSite }: SiteSelectProps) {
  const id = useId();
  return (
    <span className="list-controls__field">
      <label htmlFor={id}>Site</label>
      <select className="control" id={id} value={site ?? ''} onChange={(event) => onSite(event.target.value || undefined)}>
        <option value="">All sites</option>
        {/* A site chosen before its last article left stays choosable, so the select never lies about the filter. */}
        {site !== undefined && !sites.some((entry) => entry.siteName === site) && <option value={site}>{site}</option>}
        {sites.map((entry) => (
          <option key={entry.siteName} value={entry.siteName}>
            {entry.siteName} ({entry.count.toLocaleString()})
          </option>
        ))}
      </select>
    </span>
  );
}
