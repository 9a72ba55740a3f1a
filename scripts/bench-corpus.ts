/**
 * The benchmark's workload, generated with a fixed seed so every run measures the same work: about
 * 2,000 aliases (the bundled dataset's, padded with plausible generated institution names) and
 * 1–2 MB of English, Russian and Turkmen news-like text with names sprinkled in, about half of
 * them inflected the way pages decline them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset, type Alias, type Entity } from '../lib/dataset/schema.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATASET = path.join(ROOT, 'public/dataset/dataset.json');
export const TARGET_ALIASES = 2000;
export const TEXT_CHARS = 1_500_000;

// ---------------------------------------------------------------- deterministic randomness
let seed = 0x2f6e2b1;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// ---------------------------------------------------------------- plausible names
const EN_HEADS = ['Ministry of', 'State Committee for', 'State Agency for', 'Main Department of', 'National Centre for', 'State Service for', 'Directorate of', 'Inspectorate of', 'Scientific Institute of', 'State Fund for', 'Council for', 'Academy of'];
const EN_TOPICS = ['Agriculture', 'Water Resources', 'Energy', 'Textile Industry', 'Culture', 'Sport', 'Tourism', 'Environmental Protection', 'Communications', 'Construction', 'Trade', 'Finance and Economy', 'Defence', 'Railways', 'Road Transport', 'Civil Aviation', 'Oil and Gas', 'Chemical Industry', 'Statistics', 'Standards', 'Land Resources', 'Archives', 'Youth Policy', 'Customs', 'Science', 'Technology', 'Fisheries', 'Forestry', 'Geology', 'Hydrometeorology', 'Emergency Situations', 'Metrology', 'Patents', 'Insurance', 'Securities', 'Privatization', 'Investment', 'Exports', 'Cotton Growing', 'Grain Production', 'Livestock Breeding', 'Carpet Weaving', 'Horse Breeding', 'Architecture', 'Cartography', 'Food Industry', 'Printing', 'Television and Radio', 'Seismology', 'Desert Research', 'Plant Protection', 'Veterinary Medicine', 'Public Procurement', 'Antimonopoly Policy', 'Cadastre', 'Physical Culture', 'Heritage Protection', 'Digital Economy', 'Maritime Transport', 'River Transport'];
const EN_TAILS = ['', ' of Turkmenistan', ' under the Cabinet of Ministers', ' of the Ahal Velayat', ' of the Lebap Velayat', ' of the Mary Velayat'];

const RU_HEADS = ['Министерство', 'Государственный комитет', 'Главное управление', 'Государственная служба', 'Национальный центр', 'Научный институт', 'Государственный фонд', 'Инспекция'];
const RU_TOPICS = ['сельского хозяйства', 'водного хозяйства', 'энергетики', 'текстильной промышленности', 'культуры', 'спорта', 'туризма', 'охраны природы', 'связи', 'строительства', 'торговли', 'финансов и экономики', 'обороны', 'железнодорожного транспорта', 'автомобильного транспорта', 'гражданской авиации', 'нефти и газа', 'химической промышленности', 'статистики', 'стандартизации', 'земельных ресурсов', 'архивного дела', 'молодёжной политики', 'таможенного контроля', 'науки и техники', 'рыбного хозяйства', 'лесного хозяйства', 'геологии', 'гидрометеорологии', 'чрезвычайных ситуаций', 'метрологии', 'патентов', 'страхования', 'ценных бумаг', 'приватизации', 'инвестиций', 'экспорта', 'хлопководства', 'зерноводства', 'животноводства', 'ковроткачества', 'коневодства', 'архитектуры', 'картографии', 'пищевой промышленности', 'книгопечатания'];
const RU_TAILS = ['', ' Туркменистана', ' Ахалского велаята', ' Лебапского велаята', ' при Кабинете Министров'];

const TK_TOPICS = ['Oba hojalyk', 'Suw hojalyk', 'Energetika', 'Dokma senagaty', 'Medeniýet', 'Sport', 'Syýahatçylyk', 'Tebigaty goraýyş', 'Aragatnaşyk', 'Gurluşyk', 'Söwda', 'Maliýe we ykdysadyýet', 'Goranmak', 'Demir ýol ulaglary', 'Awtoulag', 'Raýat awiasiýasy', 'Nebit we gaz', 'Himiýa senagaty', 'Statistika', 'Standartlaşdyryş', 'Ýer serişdeleri', 'Arhiw işi', 'Ýaşlar syýasaty', 'Gümrük', 'Ylym we tehnika', 'Balykçylyk', 'Tokaý hojalygy', 'Geologiýa', 'Gidrometeorologiýa', 'Adatdan daşary ýagdaýlar', 'Metrologiýa', 'Patent', 'Ätiýaçlandyryş', 'Gymmatly kagyzlar', 'Maýa goýum', 'Eksport', 'Pagtaçylyk', 'Gallaçylyk', 'Maldarçylyk', 'Halyçylyk', 'Atçylyk', 'Binagärlik', 'Kartografiýa', 'Azyk senagaty'];
const TK_HEADS = ['ministrligi', 'döwlet komiteti', 'baş müdirligi', 'döwlet gullugy', 'milli merkezi', 'ylmy-barlag instituty', 'döwlet gaznasy', 'gözegçilik edarasy'];
const TK_OWNERS = ['', 'Türkmenistanyň ', 'Ahal welaýatynyň ', 'Lebap welaýatynyň '];

function generatedAliases(count: number, taken: Set<string>): Alias[] {
  const out: Alias[] = [];
  const add = (text: string, lang: Alias['lang']) => {
    const key = text.toLowerCase();
    if (taken.has(key)) return;
    taken.add(key);
    out.push({ text, lang, ...(random() < 0.15 ? { generic: true } : {}) });
  };
  for (let guard = 0; out.length < count && guard < count * 50; guard++) {
    const lang = pick(['en', 'ru', 'tk'] as const);
    if (lang === 'en') add(`${pick(EN_HEADS)} ${pick(EN_TOPICS)}${pick(EN_TAILS)}`, 'en');
    else if (lang === 'ru') add(`${pick(RU_HEADS)} ${pick(RU_TOPICS)}${pick(RU_TAILS)}`, 'ru');
    else add(`${pick(TK_OWNERS)}${pick(TK_TOPICS)} ${pick(TK_HEADS)}`, 'tk');
  }
  return out;
}

export function aliasCount(entities: readonly Entity[]): number {
  return entities.reduce((n, e) => n + e.aliases.length + Object.values(e.names).filter(Boolean).length, 0);
}

export function loadEntities(): { entities: Entity[]; fromDataset: number; source: string } {
  let entities: Entity[] = [];
  let source = 'generated only (public/dataset/dataset.json not found)';
  if (existsSync(DATASET)) {
    const parsed = Dataset.safeParse(JSON.parse(readFileSync(DATASET, 'utf8')));
    if (parsed.success) {
      entities = parsed.data.entities;
      source = `public/dataset/dataset.json (${entities.length} entities) padded with generated names`;
    } else source = 'generated only (public/dataset/dataset.json is not valid)';
  }
  const fromDataset = aliasCount(entities);
  const taken = new Set(entities.flatMap((e) => [...Object.values(e.names), ...e.aliases.map((a) => a.text)].filter(Boolean).map((t) => t!.toLowerCase())));
  const padding = generatedAliases(Math.max(0, TARGET_ALIASES - fromDataset), taken);
  for (let i = 0; i < padding.length; i += 20) {
    const aliases = padding.slice(i, i + 20);
    entities.push({
      id: `bench.generated-${i / 20}`,
      kind: 'institution',
      names: { en: `Generated institution ${i / 20}` },
      aliases: aliases.slice(0, 19),
      definition: { en: 'Generated for the benchmark.' },
      sources: [{ url: 'https://example.org/bench', title: 'Benchmark', supports: ['names', 'aliases', 'definition'] }],
    });
  }
  return { entities, fromDataset, source };
}

// ---------------------------------------------------------------- text
const EN_WORDS = 'the of and to in a was for on that with as by at from has said his it were this which be an its are government report meeting development new year cooperation international country people national programme work region project economic support during years also state president week first two other more after sides discussed agreement issues social held further efforts experience plan signed visit delegation council partners growth infrastructure education health sector water energy transport trade'.split(' ');
const RU_WORDS = 'в и на с по для о что как это был была были года году стороны встречи вопросы сотрудничества развития программы страны народа мира деятельности работы обсудили подписали отметили также в рамках важность рост экономики образования здравоохранения энергетики транспорта инвестиций проектов делегация визит соглашение партнёров опыта реформ закона общества граждан'.split(' ');
const TK_WORDS = 'we bilen üçin boýunça hem-de şeýle hem ýylyň ýurdumyzyň halkara hyzmatdaşlygy ösdürmek meseleleri ara alnyp maslahatlaşyldy taraplar duşuşykda bellenildi döwletimiziň ykdysadyýetiň bilim saglygy goraýyş energetika ulag maýa goýum taslamalary wekiliýeti sapar ylalaşyk hyzmatdaşlar tejribe özgertmeler kanun jemgyýet raýatlar'.split(' ');

/** How pages decline a name: Russian genitive/instrumental of the head, Turkmen case suffixes, English possessive. */
function inflect(alias: Alias): string {
  const words = alias.text.split(' ');
  if (alias.lang === 'ru' && random() < 0.6) {
    const genitive = (w: string) =>
      w.replace(/ый$/, 'ого').replace(/ий$/, 'его').replace(/ая$/, 'ой').replace(/ое$/, 'ого').replace(/ство$/, 'ства').replace(/(ет|ат|ент|нд|ция)$/, (m) => (m === 'ция' ? 'ции' : `${m}а`)).replace(/(лени)е$/, '$1я').replace(/(служб)а$/, '$1ы').replace(/(центр|институт)$/, '$1а');
    words[0] = genitive(words[0]!);
    if (/ого|его|ой$/.test(words[0]!) && words[1]) words[1] = genitive(words[1]);
  } else if (alias.lang === 'tk' && random() < 0.6) {
    const last = words.length - 1;
    const w = words[last]!;
    const back = /[aouy][^aeiouyäöü]*$/.test(w);
    const vowelEnd = /[aeiouyäöü]$/.test(w);
    words[last] = w + pick(vowelEnd ? (back ? ['nyň', 'na', 'nda', 'ny'] : ['niň', 'ne', 'nde', 'ni']) : back ? ['yň', 'a', 'da', 'y'] : ['iň', 'e', 'de', 'i']);
  } else if (alias.lang === 'en' && random() < 0.2) {
    words[words.length - 1] += '’s';
  }
  return words.join(' ');
}

export function generateText(aliases: Alias[]): { text: string; inserted: number } {
  const parts: string[] = [];
  let length = 0;
  let inserted = 0;
  const usable = aliases.filter((a) => !a.caseSensitive || a.text.length > 2);
  while (length < TEXT_CHARS) {
    const lang = pick(['en', 'ru', 'tk'] as const);
    const words = lang === 'en' ? EN_WORDS : lang === 'ru' ? RU_WORDS : TK_WORDS;
    const sentence: string[] = [];
    const n = 8 + Math.floor(random() * 16);
    for (let i = 0; i < n; i++) {
      if (random() < 0.035) {
        const sameLang = usable.filter((a) => a.lang === lang);
        sentence.push(inflect(pick(sameLang.length ? sameLang : usable)));
        inserted++;
      } else sentence.push(pick(words));
    }
    let s = sentence.join(' ');
    s = `${s[0]!.toUpperCase()}${s.slice(1)}.`;
    if (random() < 0.3) s += random() < 0.5 ? ' Turkmenistan.' : ' Туркменистан.';
    parts.push(s, random() < 0.15 ? '\n\n' : ' ');
    length += s.length + 1;
  }
  return { text: parts.join(''), inserted };
}

/** Every name and alias of the entities, as the regex baseline needs them. */
export function aliasesOf(entities: readonly Entity[]): Alias[] {
  return entities.flatMap((e) => [
    ...(['en', 'ru', 'tk'] as const).flatMap((lang) => (e.names[lang] ? [{ text: e.names[lang]!, lang }] : [])),
    ...e.aliases,
  ]);
}
