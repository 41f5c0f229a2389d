// The ARIA radio-group keyboard pattern for button radios: the group is one Tab stop (the checked
// radio), and the arrow keys move to and choose the previous or next option.
import type { JSX } from 'preact';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function onRadioKeyDown(e: JSX.TargetedKeyboardEvent<HTMLElement>): void {
  const step = STEP[e.key];
  const group = e.currentTarget.closest('[role="radiogroup"]');
  if (!step || !group) return;
  e.preventDefault();
  const radios = [...group.querySelectorAll<HTMLElement>('[role="radio"]')];
  // Right-to-left groups go the other way on the horizontal arrows.
  const horizontal = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
  const dir = horizontal && getComputedStyle(group).direction === 'rtl' ? -step : step;
  const next = radios[(radios.indexOf(e.currentTarget) + dir + radios.length) % radios.length]!;
  next.focus();
  next.click();
}

/** Props of one radio: only the checked one is in the Tab order. */
export const radioProps = (checked: boolean) => ({
  role: 'radio' as const,
  'aria-checked': checked,
  tabIndex: checked ? 0 : -1,
  onKeyDown: onRadioKeyDown,
});
