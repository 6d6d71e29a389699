/** Transport glyphs; decorative, the buttons carry text. */
const common = {
  viewBox: '0 0 24 24',
  width: '1.25em',
  height: '1.25em',
  'aria-hidden': true,
  focusable: false,
} as const;

export function PlayIcon() {
  return (
    <svg {...common}>
      <path d="M7 4.5v15l12.5-7.5L7 4.5Z" fill="currentColor" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg {...common}>
      <path d="M6 4.5h4.2v15H6zM13.8 4.5H18v15h-4.2z" fill="currentColor" />
    </svg>
  );
}

export function PreviousIcon() {
  return (
    <svg {...common}>
      <path d="M5 5h2.5v14H5zM19 5v14L8.5 12 19 5Z" fill="currentColor" />
    </svg>
  );
}

export function NextIcon() {
  return (
    <svg {...common}>
      <path d="M16.5 5H19v14h-2.5zM5 5v14l10.5-7L5 5Z" fill="currentColor" />
    </svg>
  );
}
