import type { EntityType } from '../../../core/schemas/entity.ts';
import { canonicalSpelling, foldText } from '../../../core/text/fold.ts';
import { parseNumber } from './entity-draft.ts';

export interface EntityGuess {
  type: EntityType;
  value: unknown;
  role?: string;
}

const APPROX: Record<string, string> = {
  hon: 'more_than', tren: 'more_than', vuot: 'more_than', gan: 'nearly', khoang: 'about', 'xap xi': 'about', chung: 'about', duoi: 'less_than',
};

const CURRENCIES: [RegExp, string][] = [
  [/\b(usd|do la)\b/, 'USD'],
  [/\b(cny|ndt|nhan dan te)\b/, 'CNY'],
  [/\b(eur|euro)\b/, 'EUR'],
  [/^(dong|vnd|d)\b/, 'VND'],
];

/**
 * What a person most likely means by the text they selected: the tagger's
 * reading of it when it covers most of the selection (loaded on first use:
 * the gazetteer is large), else a figure or a unit named as written.
 */
export async function guessEntity(selected: string, publishedAt: string | null): Promise<EntityGuess> {
  const text = canonicalSpelling(selected).trim().replace(/\s+/g, ' ');
  try {
    const { tagEntities } = await import('../../../core/tag/tag-entities.ts');
    const best = tagEntities(text, { publishedAt }).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (best && (best.end - best.start) / text.length >= 0.6) {
      return { type: best.type, value: best.value, ...(best.type === 'person' && best.role ? { role: best.role } : {}) };
    }
  } catch {
    // The tagger could not load: the simple reading below still prefills the form.
  }
  const folded = foldText(text);
  // foldText keeps every offset, so indices into the folded text cut the original.
  const figure = /^(?:(hon|tren|vuot|gan|khoang|xap xi|chung|duoi)\s+)?(\d[\d.,]*(?:\s+(?:nghin ty|ngan ty|nghin|ngan|trieu|ty|ti))?)\s*(.*)$/d.exec(folded);
  if (figure?.indices) {
    const [from, to] = figure.indices[2]!;
    const amount = parseNumber(text.slice(from, to));
    const rest = text.slice(figure.indices[3]![0]).trim();
    const approx = figure[1] ? { approx: APPROX[figure[1]]! } : {};
    if (Number.isFinite(amount)) {
      if (rest.startsWith('%')) return { type: 'percent', value: amount };
      const currency = CURRENCIES.find(([re]) => re.test(foldText(rest)))?.[1];
      if (currency) return { type: 'amount', value: { amount, currency, ...approx } };
      if (rest) return { type: 'quantity', value: { amount, unit: rest, ...approx } };
    }
  }
  return { type: 'unit', value: text };
}
