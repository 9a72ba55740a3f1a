/**
 * Demo and test pages: plain-text news items rendered as a small news site, so the extension
 * meets the structure it meets in the wild (header, article, a "read also" list of links).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export interface DemoPage {
  /** URL path on the fixture server, e.g. `/human-rights-dialogue-2020.html`. */
  path: string;
  lang: 'en' | 'ru' | 'tk';
  title: string;
  html: string;
}

const LANG_ORDER: DemoPage['lang'][] = ['en', 'ru', 'tk'];
const READ_ALSO = new Set(['Ýene-de okaň', 'Читайте также', 'Read also']);
const SITE: Record<DemoPage['lang'], string> = {
  en: 'Turkmenistan news — demo copy',
  ru: 'Новости Туркменистана — демонстрационная копия',
  tk: 'Türkmenistanyň habarlary — görkezme nusgasy',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function langOf(file: string): DemoPage['lang'] {
  if (file.endsWith('-ru.txt')) return 'ru';
  if (file.endsWith('-tk.txt')) return 'tk';
  return 'en';
}

/** Renders a news item: first line is the headline, blank lines separate paragraphs. */
export function renderNewsPage(text: string, lang: DemoPage['lang']): { title: string; html: string } {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const title = blocks.shift() ?? '';
  const readAlsoAt = blocks.findIndex((b) => READ_ALSO.has(b));
  const body = readAlsoAt === -1 ? blocks : blocks.slice(0, readAlsoAt);
  const related = readAlsoAt === -1 ? [] : blocks.slice(readAlsoAt + 1);
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { margin: 0; font: 17px/1.6 Georgia, 'DejaVu Serif', serif; color: #1d2330; background: #f6f4ef; }
  header { background: #0f5132; color: #fff; padding: 14px 32px; font: 600 15px/1.4 system-ui, sans-serif; letter-spacing: .02em; }
  main { max-width: 760px; margin: 28px auto; background: #fff; padding: 32px 40px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  h1 { font-size: 26px; line-height: 1.3; margin: 0 0 20px; }
  aside { max-width: 760px; margin: 0 auto 40px; padding: 0 40px; font: 15px/1.5 system-ui, sans-serif; }
  aside h2 { font-size: 15px; text-transform: uppercase; color: #0f5132; }
  aside a { color: #1d4ed8; }
</style>
</head>
<body>
<header>${escape(SITE[lang])}</header>
<main>
<article>
<h1>${escape(title)}</h1>
${body.map((p) => `<p>${escape(p.replace(/\s+/g, ' '))}</p>`).join('\n')}
</article>
</main>
${related.length ? `<aside><h2>${escape(blocks[readAlsoAt]!)}</h2><ul>\n${related.map((r) => `<li><a href="#">${escape(r.replace(/\s+/g, ' '))}</a></li>`).join('\n')}\n</ul></aside>` : ''}
</body>
</html>
`;
  return { title, html };
}

/** Every `*.txt` in the fixtures folder as a rendered page. */
export function demoPages(): DemoPage[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const lang = langOf(file);
      const { title, html } = renderNewsPage(readFileSync(path.join(PAGES_DIR, file), 'utf8'), lang);
      return { path: `/${file.replace(/\.txt$/, '.html')}`, lang, title, html };
    })
    .sort((a, b) => LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang));
}
