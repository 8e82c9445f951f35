import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → text, for every leaf of a resource file. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix + k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, `${key}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort();

/**
 * English is the source; every other language must say everything it says,
 * with the same {{placeholders}} (a missing one shows an empty gap on screen,
 * an extra one shows "{{name}}" to staff). A key English has dropped is
 * harmless and is not checked: the two files may be committed apart.
 */
describe('zh-CN translates every English key', () => {
  const source = flatten(en as Tree);
  const target = flatten(zhCN as Tree);

  it('has no key missing', () => {
    expect([...source.keys()].filter((k) => !target.has(k))).toEqual([]);
  });

  it('keeps the same placeholders in each text', () => {
    const wrong = [...source]
      .filter(([k, text]) => target.has(k) && placeholders(text).join() !== placeholders(target.get(k) ?? '').join())
      .map(([k, text]) => ({ key: k, en: placeholders(text), zh: placeholders(target.get(k) ?? '') }));
    expect(wrong).toEqual([]);
  });

  it('leaves no text empty', () => {
    expect([...target].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
