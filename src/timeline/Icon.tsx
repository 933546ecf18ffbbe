/**
 * The timeline's button icons, drawn in SVG: the media symbols ⏮ ⏸ ⏭ are missing from
 * many fonts (they showed as empty boxes), and these follow the text colour.
 */
const PATHS = {
  play: 'M5 3.5v13l11-6.5z',
  pause: 'M5 3.5h3.5v13H5zm6.5 0H15v13h-3.5z',
  previous: 'M4 3.5h2.5v13H4zm3 6.5L16 3.5v13z',
  next: 'M13.5 3.5H16v13h-2.5zM13 10L4 3.5v13z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      className="icon"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
