import type { Provenance } from '../../../../shared/model/provenance';
import { CopyButton } from '../../components/CopyButton/CopyButton';
import { describeProvenance } from './describeProvenance';
import './ProvenancePanel.css';

/**
 * "About this copy": how and when the article was captured, with the digests that let anyone
 * check the stored copy against the original bytes. Records older than provenance say so.
 */
export function ProvenancePanel({ provenance }: { provenance: Provenance | null }) {
  return (
    <details className="provenance">
      <summary className="provenance__summary">About this copy</summary>
      {provenance ? <ProvenanceFacts provenance={provenance} /> : <p className="provenance__none">Saved before capture details were recorded.</p>}
    </details>
  );
}

function ProvenanceFacts({ provenance }: { provenance: Provenance }) {
  return (
    <>
      <dl className="provenance__facts">
        {describeProvenance(provenance).map(({ label, value, exact }) => (
          <div key={label} className="provenance__fact">
            <dt>{label}</dt>
            <dd>
              {exact ? (
                <>
                  <code className="provenance__exact">{value}</code>
                  <CopyButton text={value} what={label} />
                </>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {provenance.imagesFailed.length > 0 && (
        <section className="provenance__failed" aria-label="Images not saved">
          <h2 className="provenance__failed-title">Images that could not be saved</h2>
          <ul>
            {provenance.imagesFailed.map(({ url, reason }) => (
              <li key={url}>
                <code className="provenance__exact">{url}</code> <span className="provenance__reason">({reason})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
