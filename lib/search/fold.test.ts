import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold.ts';

describe('foldForSearch', () => {
  it('takes Turkmen Latin letters to the letters a reader types without them', () => {
    expect(foldForSearch('Türkmenistanyň Mejlisi')).toBe('turkmenistanyn mejlisi');
    expect(foldForSearch('ÝAŞYL ýaşyl Ňňäöüşžç')).toBe('yasyl yasyl nnaouszc');
    expect(foldForSearch('Adam hukuklary boýunça ygtyýarly wekil')).toBe('adam hukuklary boyunca ygtyyarly wekil');
  });

  it('treats Russian ё as е but keeps й', () => {
    expect(foldForSearch('Объединённых')).toBe('объединенных');
    expect(foldForSearch('Уполномоченный')).toBe('уполномоченный');
    expect(foldForSearch('ЙОД')).toBe('йод');
  });

  it('folds text that arrives decomposed the same as text that arrives composed', () => {
    expect(foldForSearch('y\u0301')).toBe(foldForSearch('ý'));
    expect(foldForSearch('е\u0308ж')).toBe('еж');
  });

  it('makes punctuation and dashes word breaks and drops apostrophes inside words', () => {
    expect(foldForSearch('  2021–2025 ')).toBe('2021 2025');
    expect(foldForSearch("Turkmenistan's  Ombudsman,")).toBe('turkmenistans ombudsman');
    expect(foldForSearch('«Меджлис» — парламент')).toBe('меджлис парламент');
    expect(foldForSearch('Istanbul İzmir ılık')).toBe('istanbul izmir ilik');
  });

  it('returns an empty string for a query of only punctuation', () => {
    expect(foldForSearch(' —,. ')).toBe('');
  });
});
