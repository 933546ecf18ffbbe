/**
 * valibot's issues as sentences a person can act on: where (the file, then the
 * record by index and id, then the field) and what to write instead, e.g.
 * `sites.geojson: feature 7 (kidal): properties.kind must be one of camp, temporary-base, headquarters (got "fort")`.
 */
import type * as v from 'valibot';

/** How valibot names a type, in words. */
const TYPE_WORDS: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  null: 'null',
  undefined: 'missing',
};

function words(expected: string): string[] {
  return expected
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((part) => TYPE_WORDS[part] ?? part);
}

/** What is wrong with the value, without where it is. */
function problemOf(issue: v.BaseIssue<unknown>): string {
  // Our own checks (dates, lengths) carry their own wording.
  if (issue.kind !== 'schema') return issue.message;
  if (issue.received === 'undefined') return 'is missing';
  if (issue.type === 'strict_object') return 'is not a known field (a typo?)';
  const expected = issue.expected ? words(issue.expected) : [];
  // What it got in words too when a fixed word is wanted: "(got an object)", not "(got Object)".
  const received = TYPE_WORDS[issue.received] ?? issue.received;
  if (issue.type === 'picklist')
    return `must be one of ${expected.map((e) => e.replace(/^"(.*)"$/, '$1')).join(', ')} (got ${received})`;
  return `must be ${expected.join(' or ')} (got ${received})`;
}

/** The records a path runs through, named by index and id: `feature 3 (kidal): properties.kind`. */
function placeOf(json: unknown, path: readonly string[], rootNoun: string): string {
  const parts: string[] = [];
  let field = '';
  let node: unknown = json;
  let parentKey = '';
  for (const key of path) {
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      const item: unknown = node[Number(key)];
      const id = idOf(item);
      if (id !== null || parentKey === '') {
        // The list's own key ("features") is said by the record's noun ("feature 3").
        if (field) parts.push(withoutLast(field, parentKey));
        parts.push(
          `${parentKey ? parentKey.replace(/s$/, '') : rootNoun} ${key}${id ? ` (${id})` : ''}`,
        );
        field = '';
      } else field += `[${key}]`;
      node = item;
    } else {
      field += field ? `.${key}` : key;
      node = isRecord(node) ? node[key] : undefined;
    }
    parentKey = key;
  }
  if (field) parts.push(field);
  return parts.filter(Boolean).join(': ');
}

/** `field` without its last segment `key` (`properties.citations` → `properties`). */
function withoutLast(field: string, key: string): string {
  if (field === key) return '';
  return field.endsWith(`.${key}`) ? field.slice(0, -key.length - 1) : field;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function idOf(item: unknown): string | null {
  if (!isRecord(item)) return null;
  if (typeof item.id === 'string') return item.id;
  const properties = item.properties;
  return isRecord(properties) && typeof properties.id === 'string' ? properties.id : null;
}

/** Up to `limit` issues as `file: place: problem`, plus how many more there are. */
export function describeIssues(
  file: string,
  json: unknown,
  issues: readonly v.BaseIssue<unknown>[],
  rootNoun = 'item',
  limit = 8,
): string[] {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = (issue.path ?? []).map((item) => String(item.key));
    const place = placeOf(json, path, rootNoun);
    return `${file}: ${place ? `${place} ` : ''}${problemOf(issue)}`;
  });
  if (issues.length > limit) lines.push(`${file}: … and ${issues.length - limit} more problems`);
  return lines;
}
