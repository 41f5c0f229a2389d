// Direct quotations in the text with their speakers (placeholder: filled in by the attribution work).
import type { DirectQuote } from '../summary';

export function directQuotes(_text: string, _lang: string): DirectQuote[] {
  return [];
}
