/**
 * Presentation keys, as in slide software and as presentation clickers send them:
 * next = → Space PageDown, previous = ← PageUp, blank = B or ., full screen = F,
 * leave = Esc, G = the plan-against-reality slide, S = the presenter view (reveal.js's
 * key), and P (anywhere outside a text field) to start or stop presenting.
 * Pure: from a key to a command, so that it can be tested without a browser.
 */
export type PresentationCommand =
  | 'next'
  | 'previous'
  | 'blank'
  | 'fullscreen'
  | 'leave'
  | 'toggle'
  | 'gap'
  | 'presenter';

/** The command for a key, or null; `presenting` decides which keys are live. */
export function presentationCommand(
  key: string,
  presenting: boolean,
  inTextField: boolean,
): PresentationCommand | null {
  if (inTextField) return null;
  if (key === 'p' || key === 'P') return 'toggle';
  if (!presenting) return null;
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'g':
    case 'G':
      return 'gap';
    case 's':
    case 'S':
      return 'presenter';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
