import type { Candidate } from './candidate.ts';
import { lookupNames, type GazetteerIndex } from './gazetteer/gazetteer-index.ts';
import type { TagContext } from './tag-context.ts';
import { Gap, Kind, syllableHash } from './tokenize.ts';

// Lists that share a head: "các Bộ: Công Thương, Tài chính, Y tế" (one
// ministry each) and "Tỉnh ủy-HĐND-UBND tỉnh Lạng Sơn" (one body each for the
// province named once at the end).

const SHORT_BODIES: ReadonlyMap<string, string> = new Map(Object.entries({
  'tinh uy': 'tinh-uy',
  'thanh uy': 'tinh-uy',
  hdnd: 'hdnd',
  ubnd: 'ubnd',
  ubmttq: 'ubmttq',
  'uy ban mttq': 'ubmttq',
}));
const BO = syllableHash('bo');
const LIST_HEADS = new Map(['ubnd', 'hdnd', 'ubmttq', 'uy'].map((k) => [syllableHash(k), k]));
const LIST_TEMPLATES = ['tinh-uy', 'hdnd', 'ubnd', 'ubmttq'];

function ministryList(ctx: TagContext, index: GazetteerIndex, i: number, out: Candidate[], day: string | undefined): number {
  const { toks } = ctx;
  let k = i + 1;
  if (k >= toks.count) return i;
  const colon = toks.gap[k] === Gap.Colon;
  const afterCac = i > 0 && ctx.lower(i - 1) === 'các' && toks.gap[k] === Gap.Space;
  if (!colon && !afterCac) return i;
  let items = 0;
  while (k < toks.count) {
    const m = lookupNames(ctx, index, k, 'ministries')[0];
    const hit = m?.hits.find((h) => !day || !h.entry.validFrom || h.entry.validFrom <= day);
    if (!m || !hit) break;
    const end = k + m.length;
    out.push({ type: 'unit', start: toks.start[k]!, end: toks.end[end - 1]!, value: hit.entry.name, ref: hit.entry.id, rank: 1 });
    items++;
    k = end;
    if (k >= toks.count) break;
    if (toks.gap[k] === Gap.Comma) continue;
    if (ctx.lower(k) === 'và' && toks.gap[k] === Gap.Space) {
      k++;
      continue;
    }
    break;
  }
  return items > 0 ? k - 1 : i;
}

// Walks back from a provincial body ("UBND tỉnh Lạng Sơn") over "Tỉnh ủy-HĐND-".
function provincialList(ctx: TagContext, index: GazetteerIndex, i: number, out: Candidate[]): void {
  const { toks } = ctx;
  const m = lookupNames(ctx, index, i).find((x) => x.hits.some((h) => LIST_TEMPLATES.some((t) => h.entry.id.startsWith(`${t}-`))));
  if (!m) return;
  const hit = m.hits.find((h) => LIST_TEMPLATES.some((t) => h.entry.id.startsWith(`${t}-`)))!;
  const template = LIST_TEMPLATES.find((t) => hit.entry.id.startsWith(`${t}-`))!;
  const province = hit.entry.id.slice(template.length + 1);
  let k = i;
  while (k > 0 && (toks.gap[k] === Gap.Dash || toks.gap[k] === Gap.Comma || toks.gap[k] === Gap.Slash)) {
    let found = false;
    for (const len of [3, 2, 1]) {
      const s = k - len;
      if (s < 0 || toks.kind[s] !== Kind.Word) continue;
      const words: string[] = [];
      for (let t = s; t < k; t++) words.push(toks.key[t]!);
      const tpl = SHORT_BODIES.get(words.join(' '));
      const entry = tpl ? index.entry(`${tpl}-${province}`) : undefined;
      if (!entry) continue;
      out.push({ type: 'unit', start: toks.start[s]!, end: toks.end[k - 1]!, value: entry.name, ref: entry.id, rank: 1 });
      k = s;
      found = true;
      break;
    }
    if (!found) break;
  }
}

export function findUnitLists(ctx: TagContext, index: GazetteerIndex, day: string | undefined): Candidate[] {
  const { toks } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Word) continue;
    const h = toks.hash[i]!;
    if (h === BO && toks.key[i] === 'bo' && ctx.lower(i) === 'bộ') i = ministryList(ctx, index, i, out, day);
    else if (LIST_HEADS.has(h) && i > 0 && toks.gap[i] !== Gap.Space && LIST_HEADS.get(h) === toks.key[i]) provincialList(ctx, index, i, out);
  }
  return out;
}
