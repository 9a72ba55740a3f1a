export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Registering our highlight touches no node of the page; mentions are added to it as they are found.
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set('dialogue-lens', new Highlight());
  },
});
