import type { Token, Tokens } from 'marked';
import type { ReactNode } from 'react';
import { decodeEntities } from './decodeEntities';
import { safeLink } from './safeLink';

export type OpenLink = (url: string) => void;

/** Text as written: raw HTML, an image's alt, whatever this component does not render as markup. */
const literal = (text: string, key: number) => <span key={key}>{text}</span>;

function renderLink(token: Tokens.Link, key: number, onOpenLink: OpenLink): ReactNode {
  const children = renderInline(token.tokens, onOpenLink);
  // Autolinks are literal; a written destination may hold character references (`&amp;`).
  const url = safeLink(token.autolink ? token.href : decodeEntities(token.href));
  if (!url) return <span key={key}>{children}</span>;
  return (
    <a
      key={key}
      href={url}
      title={url}
      onClick={(event) => {
        // The link opens in the browser, not in this window, and is not a click on what holds the note.
        event.preventDefault();
        event.stopPropagation();
        onOpenLink(url);
      }}
    >
      {children}
    </a>
  );
}

function renderToken(token: Token, key: number, onOpenLink: OpenLink): ReactNode {
  switch (token.type) {
    case 'text':
      return token.tokens ? <span key={key}>{renderInline(token.tokens, onOpenLink)}</span> : decodeEntities(token.text as string);
    case 'escape':
      return token.text as string;
    case 'strong':
      return <strong key={key}>{renderInline(token.tokens ?? [], onOpenLink)}</strong>;
    case 'em':
      return <em key={key}>{renderInline(token.tokens ?? [], onOpenLink)}</em>;
    case 'del':
      return <del key={key}>{renderInline(token.tokens ?? [], onOpenLink)}</del>;
    case 'codespan':
      return <code key={key}>{token.text as string}</code>;
    case 'br':
      return <br key={key} />;
    case 'link':
      return renderLink(token as Tokens.Link, key, onOpenLink);
    case 'image':
      // Never loaded (no remote content): the words stand in for it.
      return literal(decodeEntities((token as Tokens.Image).text), key);
    case 'checkbox':
      return <input key={key} type="checkbox" checked={(token as Tokens.Checkbox).checked} disabled aria-label="Task" />;
    default:
      // Inline HTML, and any token this component does not know, as the characters that were typed.
      return literal(token.raw, key);
  }
}

/** Inline tokens (within a paragraph, heading, list item) as React elements: text, emphasis, code and safe links. */
export function renderInline(tokens: readonly Token[], onOpenLink: OpenLink): ReactNode[] {
  return tokens.map((token, index) => renderToken(token, index, onOpenLink));
}
