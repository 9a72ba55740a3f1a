/**
 * What both entity cards (the popover on a page and the popup's entity view) share: a list of
 * official links that open in a new tab without an opener, and the feedback of "Copy citation".
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

export interface ExternalLink {
  url: string;
  title: string;
  lang?: string;
}

export function ExternalLinks({ links, class: className }: { links: readonly ExternalLink[]; class: string }) {
  return (
    <ul class={className}>
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url} lang={l.lang} {...external}>
            {l.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

export type CopyState = 'idle' | 'done' | 'failed';

/** Copies a citation and says for a moment whether it worked. */
export function useCopyFeedback(onCopy: ((text: string) => Promise<boolean>) | undefined, ms = 2000) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    if (!onCopy) return;
    setState((await onCopy(text)) ? 'done' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), ms);
  };
  return [state, copy] as const;
}
