// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hasUnsavedChanges, markUnsaved } from './unsaved-changes';

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('unsaved changes registry', () => {
  const a = Symbol('a');
  const b = Symbol('b');
  afterEach(() => {
    markUnsaved(a, false);
    markUnsaved(b, false);
  });

  it('counts a form as unsaved until every dirty form is clean again', () => {
    expect(hasUnsavedChanges()).toBe(false);
    markUnsaved(a, true);
    markUnsaved(b, true);
    markUnsaved(a, false);
    expect(hasUnsavedChanges()).toBe(true);
    markUnsaved(b, false);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('asks before leaving the page only while something is unsaved', () => {
    expect(leave()).toBe(false);
    markUnsaved(a, true);
    markUnsaved(a, true); // marking twice must not register the question twice
    expect(leave()).toBe(true);
    markUnsaved(a, false);
    expect(leave()).toBe(false);
  });
});
