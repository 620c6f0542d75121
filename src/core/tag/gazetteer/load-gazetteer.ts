import { z } from 'zod';
import type { VocabularyEntry } from '../../schemas/vocabulary.ts';
import campaignsJson from './campaigns.json';
import placesJson from './places.json';
import provincialBodiesJson from './provincial-bodies.json';
import unitsJson from './units.json';

// The built-in gazetteer is data a person can read and extend: units.json,
// campaigns.json, places.json hold VocabularyEntry records; the bodies every
// province has (Tỉnh ủy, UBND, Công an, Bộ đội Biên phòng…) are written once
// as templates in provincial-bodies.json and expanded here over the
// provinces of places.json, so adding a province adds all of its bodies.

/** A provincial body, written once: `{tỉnh}` is "tỉnh" or "thành phố", `{name}` the province. */
export const ProvincialBodySchema = z.object({
  id: z.string().min(1),
  name: z.string().includes('{name}'),
  aliases: z.array(z.string().includes('{name}')),
});
export type ProvincialBody = z.infer<typeof ProvincialBodySchema>;

const isProvince = (e: VocabularyEntry) => e.kind === 'place' && (e.id.startsWith('tinh-') || e.id.startsWith('tp-'));

interface ProvinceForms {
  /** How the province is named after a body's head ("Lạng Sơn", "Hồ Chí Minh"). */
  names: string[];
  /** The level words that may stand before the name. */
  levels: string[];
  canonicalLevel: string;
  party: string;
  youth: string;
}

function provinceForms(p: VocabularyEntry): ProvinceForms {
  const city = p.id.startsWith('tp-');
  if (p.id === 'tp-ho-chi-minh') {
    return { names: ['Hồ Chí Minh', 'HCM'], levels: ['thành phố', 'TP', 'TP.'], canonicalLevel: 'TP', party: 'Thành ủy', youth: 'Thành đoàn' };
  }
  const names = [p.name];
  if (p.id === 'tp-hue') names.push('Thừa Thiên Huế');
  return {
    names,
    levels: city ? ['thành phố', 'TP', 'TP.'] : ['tỉnh'],
    canonicalLevel: city ? 'thành phố' : 'tỉnh',
    party: city ? 'Thành ủy' : 'Tỉnh ủy',
    youth: city ? 'Thành đoàn' : 'Tỉnh đoàn',
  };
}

function fill(template: string, level: string, name: string, f: ProvinceForms): string {
  return template
    .replaceAll('{Tỉnh ủy}', f.party)
    .replaceAll('{Tỉnh đoàn}', f.youth)
    .replaceAll('{tỉnh}', level)
    .replaceAll('{name}', name)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Expands the provincial-body templates over every province entry. */
export function expandProvincialBodies(bodies: readonly ProvincialBody[], places: readonly VocabularyEntry[]): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  for (const p of places.filter(isProvince)) {
    const f = provinceForms(p);
    for (const b of bodies) {
      const name = fill(b.name, f.canonicalLevel, f.names[0]!, f);
      const aliases = new Set<string>();
      for (const t of [b.name, ...b.aliases]) {
        const levels = t.includes('{tỉnh}') ? f.levels : [''];
        for (const level of levels) for (const n of f.names) aliases.add(fill(t, level, n, f));
      }
      aliases.delete(name);
      out.push({
        id: `${b.id}-${p.id}`,
        kind: 'unit',
        name,
        aliases: [...aliases],
        ...(p.validTo ? { validTo: p.validTo } : {}),
        ...(p.successor ? { successor: `${b.id}-${p.successor}` } : {}),
      });
    }
  }
  return out;
}

/** The data files as they are imported (validated against the schemas by load-gazetteer.test.ts). */
export const GAZETTEER_FILES = {
  units: unitsJson as unknown,
  campaigns: campaignsJson as unknown,
  places: placesJson as unknown,
  provincialBodies: provincialBodiesJson as unknown,
};

let builtin: VocabularyEntry[] | undefined;

/**
 * The built-in gazetteer (built once, on first use). The files are checked
 * against the zod schemas in the tests rather than on every start: parsing
 * them costs more than building the whole lookup.
 */
export function loadBuiltinGazetteer(): VocabularyEntry[] {
  if (builtin) return builtin;
  const units = unitsJson as unknown as VocabularyEntry[];
  const campaigns = campaignsJson as unknown as VocabularyEntry[];
  const places = placesJson as unknown as VocabularyEntry[];
  const bodies = provincialBodiesJson as unknown as ProvincialBody[];
  builtin = [...units, ...campaigns, ...places, ...expandProvincialBodies(bodies, places)];
  return builtin;
}
