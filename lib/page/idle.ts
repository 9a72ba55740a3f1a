/**
 * "Once the page is idle": after its load event and then an idle period, so our first pass does not
 * compete with the page's own parsing, layout and start-up scripts (on a 1.5 MB page those run as
 * long tasks of their own for a while after the content script is injected at document_idle).
 */
export function pageIdle(win: Window & typeof globalThis, timeoutMs = 500): Promise<void> {
  const afterLoad =
    win.document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
  return afterLoad.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
        else win.setTimeout(resolve, 50);
      }),
  );
}
