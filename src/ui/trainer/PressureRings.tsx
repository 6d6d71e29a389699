import { PRESSURE_LEVELS, type PressureLevel } from '../../anatomy/names';

/** Concentric rings like those under the hands: one light, two moderate, three firm. */
export function PressureRings({ pressure }: { pressure: PressureLevel }) {
  const count = PRESSURE_LEVELS.indexOf(pressure) + 1;
  return (
    <svg
      className="trainer-rings"
      viewBox="0 0 24 24"
      width="1.4em"
      height="1.4em"
      aria-hidden="true"
      focusable="false"
    >
      {Array.from({ length: count }, (_, i) => (
        <circle
          key={i}
          cx="12"
          cy="12"
          r={4 + i * 3.6}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
      ))}
    </svg>
  );
}
