import type { Contraindication } from '../../protocol/schema';
import { useViewStore } from '../../state/viewStore';
import { bySeverity } from '../describe';
import { strings, trainerStrings } from '../strings';
import { ContraindicationCard } from '../textview/ContraindicationCard';
import { Modal } from './Modal';

interface SafetyDialogProps {
  open: boolean;
  onClose: () => void;
  contraindications: readonly Contraindication[];
}

/** Every contraindication, most serious first, over the trainer; a way on to the full guide. */
export function SafetyDialog({ open, onClose, contraindications }: SafetyDialogProps) {
  const openGuide = () => {
    onClose();
    useViewStore.getState().setMode('read');
  };
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={trainerStrings.safetyDialog.title}
      testId="safety-dialog"
      className="trainer-safety-dialog"
    >
      <p className="safety-intro">{strings.safety.intro}</p>
      <ul className="safety-list">
        {bySeverity(contraindications).map((item) => (
          <ContraindicationCard key={item.id} item={item} />
        ))}
      </ul>
      <p className="trainer-note">{strings.app.notDiagnosis}</p>
      <button type="button" className="trainer-button" onClick={openGuide}>
        {trainerStrings.safetyDialog.openGuide}
      </button>
    </Modal>
  );
}
