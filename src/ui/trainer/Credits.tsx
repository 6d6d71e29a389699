import { CREDITS } from '../strings';

/** Third-party work shipped in the app, with the notices its licences ask for. */
export function Credits() {
  return (
    <section aria-labelledby="credits-title" data-testid="credits">
      <h3 id="credits-title">{CREDITS.title}</h3>
      {CREDITS.items.map((item) => (
        <details key={item.name}>
          <summary>
            {item.name}: {item.what} ({item.licence}, {item.copyright})
          </summary>
          <pre className="trainer-licence">{item.notice}</pre>
        </details>
      ))}
    </section>
  );
}
