import { strings } from '../strings';

/**
 * Marks a statement that is a teaching choice of Proximal rather than part of the source method,
 * with the published source it rests on when there is one. Statements from the method are the
 * norm and carry no mark.
 */
export function ProvenanceTag({
  provenance,
  source,
}: {
  provenance: 'method' | 'proximal' | undefined;
  source?: string | undefined;
}) {
  if (provenance !== 'proximal') return null;
  return (
    <p className="provenance">
      <span className="provenance-tag">{strings.provenance.proximal}</span>
      {source !== undefined && (
        <>
          {' '}
          <span className="provenance-source">
            {strings.provenance.source}: {source}
          </span>
        </>
      )}
    </p>
  );
}
