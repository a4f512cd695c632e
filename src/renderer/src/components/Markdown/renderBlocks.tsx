import type { Token, Tokens } from 'marked';
import type { ReactNode } from 'react';
import { renderInline, type OpenLink } from './renderInline';

function renderList(list: Tokens.List, key: number, onOpenLink: OpenLink): ReactNode {
  const items = list.items.map((item, index) => <li key={index}>{renderBlocks(item.tokens, onOpenLink)}</li>);
  return list.ordered ? (
    <ol key={key} start={list.start === '' || list.start === 1 ? undefined : list.start}>
      {items}
    </ol>
  ) : (
    <ul key={key}>{items}</ul>
  );
}

function renderBlock(token: Token, key: number, onOpenLink: OpenLink): ReactNode {
  switch (token.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(token.tokens ?? [], onOpenLink)}</p>;
    case 'text':
      // A tight list item's text: inline content without a paragraph around it.
      return <span key={key}>{renderInline(token.tokens ?? [token], onOpenLink)}</span>;
    case 'heading':
      // A note's heading is emphasis within the note, not a heading of the page around it.
      return (
        <p key={key} className="markdown__heading">
          {renderInline(token.tokens ?? [], onOpenLink)}
        </p>
      );
    case 'code':
      return (
        <pre key={key}>
          <code>{token.text as string}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{renderBlocks(token.tokens ?? [], onOpenLink)}</blockquote>;
    case 'list':
      return renderList(token as Tokens.List, key, onOpenLink);
    case 'hr':
      return <hr key={key} />;
    case 'space':
    case 'def':
      return null;
    default:
      // An HTML block, a table, anything else: the characters that were typed, never markup.
      return (
        <p key={key} className="markdown__literal">
          {token.raw.trim()}
        </p>
      );
  }
}

/** Block tokens (paragraphs, lists, quotes, code) as React elements. */
export function renderBlocks(tokens: readonly Token[], onOpenLink: OpenLink): ReactNode[] {
  return tokens.map((token, index) => renderBlock(token, index, onOpenLink));
}
