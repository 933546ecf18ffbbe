import { describe, expect, it } from 'vitest';
import { presentationCommand } from './keys.ts';

describe('presentationCommand', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'leave'],
    ['g', 'gap'],
    ['G', 'gap'],
    ['p', 'toggle'],
    ['s', 'presenter'],
    ['S', 'presenter'],
  ])('maps %j to %s while presenting', (key, command) => {
    expect(presentationCommand(key, true, false)).toBe(command);
  });

  it('does nothing with another key while presenting', () => {
    expect(presentationCommand('x', true, false)).toBeNull();
    expect(presentationCommand('Enter', true, false)).toBeNull();
  });

  it('leaves every key but P alone when not presenting', () => {
    expect(presentationCommand('ArrowRight', false, false)).toBeNull();
    expect(presentationCommand('b', false, false)).toBeNull();
    expect(presentationCommand('g', false, false)).toBeNull();
    expect(presentationCommand('s', false, false)).toBeNull();
    expect(presentationCommand('P', false, false)).toBe('toggle');
  });

  it('never takes a key typed in a text field', () => {
    expect(presentationCommand('p', false, true)).toBeNull();
    expect(presentationCommand('ArrowRight', true, true)).toBeNull();
  });
});
