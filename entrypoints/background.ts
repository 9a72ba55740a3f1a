export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string })?.type === 'ping') return Promise.resolve({ pong: true });
    return undefined;
  });
});
