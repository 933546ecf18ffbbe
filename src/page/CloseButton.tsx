/**
 * A button that closes or dismisses what it sits in: a × for the eye, its label for
 * screen readers and voice control (the glyph itself is hidden from them).
 */
export function CloseButton({
  label,
  onClick,
  className,
}: {
  label: string;
  onClick: () => void;
  className?: string;
}) {
  return (
    <button type="button" className={className} onClick={onClick} aria-label={label}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
