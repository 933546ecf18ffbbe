import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from './issues.ts';

/** What `describeIssues` says of `json` against `schema`, in file f.json. */
function problems(schema: v.GenericSchema, json: unknown, rootNoun?: string, limit?: number) {
  const result = v.safeParse(schema, json, { abortEarly: false });
  return result.success ? [] : describeIssues('f.json', json, result.issues, rootNoun, limit);
}

describe('valibot’s issues as sentences', () => {
  it('says a field is missing, or unknown', () => {
    expect(problems(v.object({ name: v.string() }), {})).toEqual(['f.json: name is missing']);
    expect(problems(v.strictObject({ name: v.string() }), { name: 'a', nmae: 'b' })).toEqual([
      'f.json: nmae is not a known field (a typo?)',
    ]);
  });

  it('lists the allowed words, without quotes, and the word it got', () => {
    expect(problems(v.object({ kind: v.picklist(['camp', 'base']) }), { kind: 'fort' })).toEqual([
      'f.json: kind must be one of camp, base (got "fort")',
    ]);
    expect(problems(v.object({ type: v.literal('Feature') }), { type: 'Point' })).toEqual([
      'f.json: type must be "Feature" (got "Point")',
    ]);
  });

  it('names what it got in words when a fixed word or value is wanted', () => {
    expect(problems(v.object({ type: v.literal('Feature') }), { type: {} })).toEqual([
      'f.json: type must be "Feature" (got an object)',
    ]);
    expect(problems(v.object({ kind: v.picklist(['camp', 'base']) }), { kind: ['camp'] })).toEqual([
      'f.json: kind must be one of camp, base (got a list)',
    ]);
  });

  it('names types in words, and each choice of a union', () => {
    expect(problems(v.object({ n: v.number() }), { n: [1] })).toEqual([
      'f.json: n must be a number (got a list)',
    ]);
    expect(problems(v.object({ n: v.union([v.number(), v.null()]) }), { n: {} })).toEqual([
      'f.json: n must be a number or null (got an object)',
    ]);
    expect(problems(v.object({ n: v.number() }), { n: 'x' })).toEqual([
      'f.json: n must be a number (got "x")',
    ]);
  });

  it('keeps the wording of the data’s own checks', () => {
    const day = v.pipe(
      v.string(),
      v.check(() => false, 'is not a real day'),
    );
    expect(problems(v.object({ date: day }), { date: '2023-02-30' })).toEqual([
      'f.json: date is not a real day',
    ]);
  });

  it('names records by their list’s noun, index and id, and lists without ids by index', () => {
    const schema = v.object({
      features: v.array(
        v.object({
          properties: v.object({ id: v.string(), tags: v.array(v.string()) }),
        }),
      ),
    });
    const json = { features: [{ properties: { id: 'ber', tags: ['a', 2] } }] };
    expect(problems(schema, json)).toEqual([
      'f.json: feature 0 (ber): properties.tags[1] must be a string (got 2)',
    ]);
    const nested = { windows: [{ id: 'seq-a', sub: { end: 1 } }] };
    expect(
      problems(
        v.object({
          windows: v.array(v.object({ id: v.string(), sub: v.object({ end: v.string() }) })),
        }),
        nested,
      ),
    ).toEqual(['f.json: window 0 (seq-a): sub.end must be a string (got 1)']);
  });

  it('names a record inside a field by the field’s noun, after the field it sits in', () => {
    const schema = v.object({
      features: v.array(
        v.object({
          properties: v.object({
            id: v.string(),
            hubs: v.array(v.object({ id: v.string(), km: v.number() })),
          }),
        }),
      ),
    });
    const json = {
      features: [{ properties: { id: 'ber', hubs: [{ id: 'tombouctou', km: 'x' }] } }],
    };
    expect(problems(schema, json)).toEqual([
      'f.json: feature 0 (ber): properties: hub 0 (tombouctou): km must be a number (got "x")',
    ]);
  });

  it('counts records past the tenth, and names the plural of any list', () => {
    const sources = Array.from({ length: 12 }, (_, i) => ({ id: `report-${i}`, url: 'u' }));
    sources[11] = { id: 'report-11', url: 5 as unknown as string };
    expect(
      problems(v.object({ sources: v.array(v.object({ id: v.string(), url: v.string() })) }), {
        sources,
      }),
    ).toEqual(['f.json: source 11 (report-11): url must be a string (got 5)']);
  });

  it('names a record that is null, or whose id is itself wrong, by its place in the list', () => {
    const schema = v.object({
      features: v.array(v.object({ properties: v.object({ id: v.string() }) })),
    });
    expect(problems(schema, { features: [null] })).toEqual([
      'f.json: features[0] must be an object (got null)',
    ]);
    expect(problems(schema, { features: [{ properties: { id: 7 } }] })).toEqual([
      'f.json: features[0].properties.id must be a string (got 7)',
    ]);
  });

  it('names the items of a top-level list by the noun it is given', () => {
    expect(problems(v.array(v.object({ n: v.number() })), [{ n: 1 }, {}], 'row')).toEqual([
      'f.json: row 1: n is missing',
    ]);
    expect(problems(v.array(v.object({ n: v.number() })), [{}])).toEqual([
      'f.json: item 0: n is missing',
    ]);
  });

  it('says how many more problems there are beyond the limit, and none at the limit', () => {
    const schema = v.array(v.number());
    expect(problems(schema, ['a', 'b', 'c'], 'n', 2)).toEqual([
      'f.json: n 0 must be a number (got "a")',
      'f.json: n 1 must be a number (got "b")',
      'f.json: … and 1 more problems',
    ]);
    expect(problems(schema, ['a', 'b'], 'n', 2)).toHaveLength(2);
    expect(problems(v.string(), 5)).toEqual(['f.json: must be a string (got 5)']);
  });
});
