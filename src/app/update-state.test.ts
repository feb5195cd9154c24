// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function load() {
  vi.resetModules();
  const unsaved = await import('../ui/unsaved-changes');
  const state = await import('./update-state');
  const activate = vi.fn(async () => undefined);
  const reload = vi.fn();
  state.connectUpdater({ activate, reload });
  return { ...unsaved, ...state, activate, reload };
}

describe('app update prompt', () => {
  beforeEach(() => sessionStorage.clear());

  it('updates at once when nothing is unsaved', async () => {
    const m = await load();
    expect(m.getUpdateView().phase).toBe('none');
    m.updateAvailable();
    expect(m.getUpdateView().phase).toBe('available');
    m.requestUpdate();
    expect(m.activate).toHaveBeenCalledTimes(1);
    m.newVersionInControl();
    expect(m.reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('binh-xet:notice')).toBe(m.UPDATED_NOTICE);
  });

  it('refuses to update over a form with unsaved input, then goes ahead once it is saved', async () => {
    const m = await load();
    const form = Symbol('form');
    m.updateAvailable();
    m.markUnsaved(form, true);
    m.requestUpdate();
    expect(m.activate).not.toHaveBeenCalled();
    expect(m.getUpdateView()).toEqual({ phase: 'available', blocked: true });
    m.markUnsaved(form, false); // saved
    expect(m.getUpdateView().blocked).toBe(false);
    m.requestUpdate();
    expect(m.activate).toHaveBeenCalledTimes(1);
  });

  it('does not reload when another tab applied the update while this one holds unsaved input', async () => {
    const m = await load();
    const form = Symbol('form');
    m.markUnsaved(form, true);
    m.newVersionInControl();
    expect(m.reload).not.toHaveBeenCalled();
    expect(m.getUpdateView().phase).toBe('applied');
    m.requestUpdate();
    expect(m.reload).not.toHaveBeenCalled();
    m.markUnsaved(form, false);
    m.requestUpdate();
    expect(m.reload).toHaveBeenCalledTimes(1);
    expect(m.activate).not.toHaveBeenCalled();
  });

  it('"Để sau" hides the notice', async () => {
    const m = await load();
    m.updateAvailable();
    m.postponeUpdate();
    expect(m.getUpdateView().phase).toBe('none');
  });
});
