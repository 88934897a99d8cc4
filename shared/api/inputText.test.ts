import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { methods } from './methods';

/**
 * Every text that enters through the contract must be cleaned (shared/api/fields.ts). This walks
 * every method's input schema down to its string-accepting leaves and checks each one refuses
 * what can never be stored: a bare `z.string()` in an input — today's or a future area's — fails
 * here until it goes through a field builder.
 */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas at which a string enters: plain strings and cleaning pipelines. */
function textLeaves(schema: z.ZodType, path: string[] = []): [string, z.ZodType][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'pipe':
      return [[path.join('.'), schema]];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([k, v]) => textLeaves(v, [...path, k]));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return textLeaves(def.innerType!, path);
    case 'array':
      return textLeaves(def.element!, [...path, '[]']);
    case 'record':
      return textLeaves(def.valueType!, [...path, '{}']);
    case 'union':
      return (def.options ?? []).flatMap((o) => textLeaves(o, path));
    case 'intersection':
      return [...textLeaves(def.left!, path), ...textLeaves(def.right!, path)];
    default:
      return [];
  }
}

const leaves = Object.entries(methods).flatMap(([name, m]) =>
  textLeaves(m.input as z.ZodType).map(([path, schema]) => [`${name} ${path}`, schema] as const),
);

describe('text entering through the contract', () => {
  it('has text fields to check', () => {
    expect(leaves.length).toBeGreaterThan(40);
  });

  it.each(leaves)('%s refuses NUL and a lone surrogate', (_where, schema) => {
    expect(schema.safeParse('Lê\u0000Tám').success).toBe(false);
    expect(schema.safeParse('Lê\uD800Tám').success).toBe(false);
  });
});
