import type { ValidationIssue } from '../protocol/validate';
import { say } from '../i18n/say';
import { strings } from './strings';

/**
 * Shown instead of the guide when the protocol fails validation: a plain statement, the basic
 * safety rule (which must never depend on a valid document), and each problem with its path.
 */
export function ProtocolLoadError({ errors }: { errors: readonly ValidationIssue[] }) {
  return (
    <section className="load-error" aria-labelledby="load-error-heading">
      <h2 id="load-error-heading">{strings.loadError.title}</h2>
      <p>{strings.loadError.intro}</p>
      <p className="load-error-safety">
        <strong>{strings.loadError.safety}</strong>
      </p>
      <h3>{strings.loadError.details}</h3>
      <ul className="load-error-list">
        {errors.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <code dir="ltr">{issue.path}</code>: {say(issue.message)}
          </li>
        ))}
      </ul>
    </section>
  );
}
