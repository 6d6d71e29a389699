/**
 * Practice in a browser without WebGL: nothing can be drawn on the leg, but a stroke can still be
 * checked. The leg model loads anyway (reading it needs no GPU), and then a trace file imported
 * in the panel or dropped here is judged as text in the panel, like a drawn one.
 */
import { useEffect } from 'react';
import { sayReason } from '../../i18n/reason';
import { useLegStore } from '../../state/legStore';
import { practiceStrings, STAGE_TEXT } from '../strings';

const t = practiceStrings.withoutWebGL;

export function PracticeWithoutWebGL() {
  const status = useLegStore((s) => s.status);
  const load = useLegStore((s) => s.load);
  useEffect(() => {
    if (useLegStore.getState().status.kind === 'loading') void load();
  }, [load]);
  return (
    <div className="practice-no-webgl" data-testid="practice-no-webgl">
      <p className="practice-no-webgl-title" role="status">
        <strong>{t.title}</strong>
      </p>
      <p>{t.howTo}</p>
      {status.kind === 'error' ? (
        <div role="alert" data-testid="model-error">
          <p>
            <strong>{t.legFailed}</strong> {sayReason(status.reason)}
          </p>
          <button type="button" className="trainer-button" onClick={() => void load()}>
            {STAGE_TEXT.retry}
          </button>
        </div>
      ) : (
        <p data-testid="practice-no-webgl-leg">
          {status.kind === 'ready' ? t.ready : t.loadingLeg}
        </p>
      )}
    </div>
  );
}
