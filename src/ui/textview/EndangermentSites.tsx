import { strings } from '../strings';

/**
 * The leg's endangerment sites (nerves and vessels close under the skin): beyond the guide,
 * labelled as such, with the source.
 */
export function EndangermentSites() {
  const text = strings.endangerment;
  return (
    <div className="endangerment" data-testid="endangerment-sites">
      <h3>{text.title}</h3>
      <p>
        <span className="provenance-tag">{strings.provenance.beyondGuide}</span> {text.intro}
      </p>
      <ul className="endangerment-sites">
        {text.sites.map((site) => (
          <li key={site}>{site}</li>
        ))}
      </ul>
      <p className="provenance-source">
        {strings.provenance.source}: {text.source}
      </p>
    </div>
  );
}
