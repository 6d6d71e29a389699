import { useEffect, useState } from 'react';
import { restoreSavedSession, startAutosave } from './session';

/**
 * Saved data for the whole app. Call first thing in the root component: the restore runs
 * during its first render, before any child's effect, so a link's view (applied in an effect
 * further down) still wins over saved preferences.
 */
export function usePersistence(): void {
  useState(() => restoreSavedSession());
  useEffect(() => startAutosave(), []);
}
