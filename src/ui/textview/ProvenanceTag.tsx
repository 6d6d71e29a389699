import { strings } from '../strings';

/**
 * Marks a statement that is a teaching choice of Proximal rather than part of the source method.
 * Statements from the method are the norm and carry no mark.
 */
export function ProvenanceTag({ provenance }: { provenance: 'method' | 'proximal' }) {
  if (provenance === 'method') return null;
  return (
    <p className="provenance">
      <span className="provenance-tag">{strings.provenance.proximal}</span>
    </p>
  );
}
