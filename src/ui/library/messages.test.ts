import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../core/i18n/translate.ts';
import { ClipFailureSchema } from '../../core/schemas/clip-outcome.ts';
import { ClipStatusSchema } from '../../core/schemas/clip.ts';
import { ApproxSchema, ENTITY_TYPES, ReviewStatusSchema } from '../../core/schemas/entity.ts';
import { FACETS } from './library-view.ts';
import { libraryMessages } from './messages.ts';
import { NAMED_TYPES } from './reader/entity-draft.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const known = (key: string) => key in libraryMessages.vi || isMessageKey(key);

describe('the library catalog', () => {
  it('has every key the page asks for, in both languages', () => {
    const text = sources(import.meta.dirname).map((f) => readFileSync(f, 'utf8')).join('\n');
    const literal = [...text.matchAll(/\bt\('([a-z][\w.-]*)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(100);
    const families: Record<string, readonly string[]> = {
      'type.': ENTITY_TYPES,
      'facet.': FACETS,
      'family.': ['campaign', 'unit', 'figure', 'other'],
      'entity.status.': ReviewStatusSchema.options,
      'approx.': ApproxSchema.options,
      'entity.problem.': ['required', 'not-a-number', 'not-a-date', 'dates-reversed', 'invalid'],
      'entity.done.': ['confirm', 'reject', 'restore', 'correct', 'add'],
      'entity.field.name.': NAMED_TYPES,
      'reader.tab.': ['text', 'original'],
      'scale.': ['trillion', 'billion', 'million'],
      'status.': ClipStatusSchema.options,
      'error.': [...ClipFailureSchema.options, 'storage-full', 'unknown'],
    };
    const dynamic = Object.entries(families).flatMap(([prefix, values]) => values.map((v) => prefix + v));
    const missing = [...new Set([...literal, ...dynamic])].filter((k) => !known(k));
    expect(missing).toEqual([]);
    for (const key of Object.keys(libraryMessages.vi)) expect(libraryMessages.en[key as keyof typeof libraryMessages.en], key).toBeTruthy();
  });
});
