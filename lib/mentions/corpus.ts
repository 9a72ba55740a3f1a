/**
 * Annotated test texts: `[[surface text|entity.id]]` marks each expected mention. Parsing gives the
 * plain text a page would show and the spans the engine should find in it.
 */
export interface Expected {
  start: number;
  end: number;
  entityId: string;
}

export function parseAnnotated(annotated: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  let text = '';
  let at = 0;
  const mark = /\[\[([^|\]]+)\|([a-z0-9.-]+)\]\]/g;
  for (let m = mark.exec(annotated); m; m = mark.exec(annotated)) {
    text += annotated.slice(at, m.index);
    expected.push({ start: text.length, end: text.length + m[1]!.length, entityId: m[2]! });
    text += m[1]!;
    at = m.index + m[0].length;
  }
  text += annotated.slice(at);
  return { text, expected };
}
