import { describe, expect, it } from 'vitest';
import { readDeckMessage } from './deckMessages.ts';

describe('the messages between the room and the presenter view', () => {
  it('reads the deck’s state', () => {
    expect(
      readDeckMessage({
        type: 'minusma:deck',
        state: { day: '2023-10-31', view: 'reported', blanked: false },
      }),
    ).toEqual({
      type: 'minusma:deck',
      state: { day: '2023-10-31', view: 'reported', blanked: false },
    });
  });

  it('reads the hello', () => {
    expect(readDeckMessage({ type: 'minusma:deck-hello' })).toEqual({ type: 'minusma:deck-hello' });
  });

  it.each([
    null,
    'minusma:deck',
    { type: 'minusma:deck' },
    { type: 'minusma:deck', state: { day: '2023-02-30', view: 'plan', blanked: false } },
    { type: 'minusma:deck', state: { day: '2023-10-31', view: 'both', blanked: false } },
    { type: 'minusma:deck', state: { day: '2023-10-31', view: 'plan', blanked: 'no' } },
    { type: 'other', state: { day: '2023-10-31', view: 'plan', blanked: false } },
  ])('ignores %j', (data) => {
    expect(readDeckMessage(data)).toBeNull();
  });
});
