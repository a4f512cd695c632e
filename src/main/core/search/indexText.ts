import { spaceCjk } from '../../../shared/search/cjk';
import { foldText } from '../../../shared/search/foldText';

/** A text as the index stores it, and a query word as the index looks it up: folded, CJK one character per word. */
export const indexText = (text: string): string => spaceCjk(foldText(text));
