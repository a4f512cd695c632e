import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../../../src/main/core/capture/sources/decodeDocument';
import { articlePage, PROSE } from './samples';

const encode = (text: string, charset: string) => new Uint8Array(iconv.encode(text, charset));
const withBom = (text: string, charset: string) => new Uint8Array(iconv.encode(text, charset, { addBOM: true }));
const twice = (text: string) => `${text} ${text}`;

describe('decodeDocument', () => {
  it.each([
    ['Shift_JIS', PROSE.ja],
    ['EUC-JP', PROSE.ja],
    ['windows-1251', PROSE.ru],
    ['KOI8-R', PROSE.ru],
    ['ISO-8859-1', 'Ça coûte très cher, à vrai dire.'],
    ['ISO-8859-2', PROSE.pl],
    ['ISO-8859-7', PROSE.el],
    ['ISO-8859-15', 'Le prix : 100 € pour l’œuvre.'.replace('’', "'")],
    ['windows-1252', PROSE.fr],
    ['UTF-16LE', PROSE.ru],
    ['UTF-16BE', PROSE.ja],
    ['utf-8', PROSE.el],
  ])('reads %s declared by the server', (charset, prose) => {
    const page = articlePage(prose);
    expect(decodeDocument(encode(page, charset), `text/html; charset=${charset}`)).toEqual({ text: page, charset: expect.any(String), from: 'header' });
  });

  it.each([
    ['Shift_JIS', PROSE.ja],
    ['EUC-JP', PROSE.ja],
    ['windows-1251', PROSE.ru],
    ['KOI8-R', PROSE.ru],
    ['ISO-8859-2', PROSE.pl],
    ['ISO-8859-7', PROSE.el],
    ['ISO-8859-15', 'Le prix : 100 € pour une œuvre.'],
    ['windows-1252', PROSE.fr],
  ])('reads %s declared by <meta charset>', (charset, prose) => {
    const page = articlePage(prose, charset);
    expect(decodeDocument(encode(page, charset), 'text/html')).toMatchObject({ text: page, from: 'meta' });
  });

  it('reads the http-equiv form of the declaration and the XML declaration', () => {
    const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${PROSE.ru}</body></html>`;
    expect(decodeDocument(encode(httpEquiv, 'windows-1251'), null)).toMatchObject({ text: httpEquiv, from: 'meta' });
    const xhtml = `<?xml version="1.0" encoding="EUC-JP"?><html xmlns="http://www.w3.org/1999/xhtml"><body>${PROSE.ja}</body></html>`;
    expect(decodeDocument(encode(xhtml, 'euc-jp'), null)).toMatchObject({ text: xhtml, from: 'meta' });
  });

  it.each([
    ['Shift_JIS', PROSE.ja, 'shift_jis'],
    ['EUC-JP', PROSE.ja, 'euc-jp'],
    ['windows-1251', PROSE.ru, 'windows-1251'],
    ['KOI8-R', PROSE.ru, 'koi8-r'],
    ['ISO-8859-2', PROSE.pl, 'iso-8859-2'],
    ['ISO-8859-7', PROSE.el, 'iso-8859-7'],
    ['ISO-8859-1', PROSE.de.replace(' (über 500 €)', ''), 'windows-1252'],
    ['windows-1252', PROSE.fr, 'windows-1252'],
    ['UTF-16LE', PROSE.fr, 'utf-16le'],
    ['UTF-16BE', PROSE.de, 'utf-16be'],
    ['UTF-8', PROSE.ja, 'utf-8'],
  ])('detects undeclared %s', (charset, prose, detected) => {
    const page = articlePage(twice(prose));
    expect(decodeDocument(encode(page, charset), 'text/html')).toEqual({ text: page, charset: detected, from: 'detected' });
  });

  it.each(['utf-8', 'utf-16le', 'utf-16be'])('trusts a %s byte-order mark over any declaration, and drops the mark', (charset) => {
    const page = articlePage(PROSE.ja, 'windows-1252');
    expect(decodeDocument(withBom(page, charset), 'text/html; charset=iso-8859-1')).toEqual({ text: page, charset, from: 'bom' });
  });

  it('prefers the server\'s charset to the page\'s own', () => {
    const page = articlePage(PROSE.ru, 'utf-8');
    expect(decodeDocument(encode(page, 'koi8-r'), 'text/html; charset="KOI8-R"')).toMatchObject({ text: page, charset: 'koi8-r' });
  });

  it('reads ISO-8859-1 and ASCII labels as windows-1252, as browsers do', () => {
    const page = articlePage('“Quoted” – and 100 €');
    expect(decodeDocument(encode(page, 'windows-1252'), 'text/html; charset=ISO-8859-1')).toMatchObject({ text: page, charset: 'windows-1252' });
    expect(decodeDocument(encode(page, 'windows-1252'), 'text/html; charset=us-ascii')).toMatchObject({ text: page });
  });

  it('passes over a label it does not know, and a <meta> that claims UTF-16 in ASCII bytes', () => {
    const page = articlePage(PROSE.pl, 'utf-16');
    expect(decodeDocument(encode(page, 'utf-8'), 'text/html; charset=x-no-such-charset')).toEqual({ text: page, charset: 'utf-8', from: 'meta' });
  });

  it('reads text files without looking for markup declarations', () => {
    const text = `Notes about <meta charset="koi8-r"> tags.\n\n${PROSE.ja}`;
    expect(decodeDocument(encode(text, 'utf-8'), null, { html: false })).toEqual({ text, charset: 'utf-8', from: 'detected' });
  });
});

describe('decodeDocument and declarations the bytes contradict', () => {
  it('reads plain UTF-8 as UTF-8 even when an old declaration says otherwise', () => {
    const page = articlePage(PROSE.ja, 'gb2312');
    expect(decodeDocument(encode(page, 'utf-8'), 'text/html')).toEqual({ text: page, charset: 'utf-8', from: 'detected' });
    expect(decodeDocument(encode(page, 'utf-8'), 'text/html; charset=iso-8859-1')).toEqual({ text: page, charset: 'utf-8', from: 'detected' });
  });

  it('keeps a declaration that pure ASCII cannot contradict', () => {
    const page = articlePage('Plain words only.', 'koi8-r');
    expect(decodeDocument(encode(page, 'koi8-r'), null)).toMatchObject({ text: page, charset: 'koi8-r', from: 'meta' });
  });
});
