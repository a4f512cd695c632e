import { Lexer } from 'marked';
import { useMemo } from 'react';
import { renderBlocks } from './renderBlocks';
import type { OpenLink } from './renderInline';
import './Markdown.css';

interface MarkdownProps {
  /** A note as the person wrote it. */
  text: string;
  /** Opens an http(s) link (in the system browser); other links are shown as their words. */
  onOpenLink: OpenLink;
  className?: string;
}

/**
 * A note written in Markdown, rendered from marked's tokens to React elements: never as HTML, so
 * raw HTML in a note is shown as the characters typed, images are their alt text (nothing remote is
 * loaded) and only http(s) links are links. Single line breaks are kept, as people mean them in notes.
 */
export function Markdown({ text, onOpenLink, className }: MarkdownProps) {
  const tokens = useMemo(() => new Lexer({ gfm: true, breaks: true }).lex(text), [text]);
  return <div className={className ? `markdown ${className}` : 'markdown'}>{renderBlocks(tokens, onOpenLink)}</div>;
}
