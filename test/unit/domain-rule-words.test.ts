import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { commonTexts } from '../../client/src/i18n/common';

/** The argument text of each call of `opening` in `source`, up to its matching parenthesis. */
function callArguments(source: string, opening: string): string[] {
  const found: string[] = [];
  for (let at = source.indexOf(opening); at >= 0; at = source.indexOf(opening, at + 1)) {
    let depth = 1;
    let end = at + opening.length;
    for (; end < source.length && depth > 0; end += 1) depth += source[end] === '(' ? 1 : source[end] === ')' ? -1 : 0;
    found.push(source.slice(at + opening.length, end - 1));
  }
  return found;
}

/**
 * Every `badInput(field, message, 'rule'…)` in the server, and every `rule: '…'` a field problem carries (the
 * scheme rules' checks list several problems at once): the domain rules a refusal can name.
 */
function domainRulesNamed(dir: string): Set<string> {
  const rules = new Set<string>();
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) {
      domainRulesNamed(file).forEach((r) => rules.add(r));
    } else if (file.endsWith('.ts')) {
      for (const args of callArguments(readFileSync(file, 'utf8'), 'badInput(')) {
        // The rule is the string literal after the message: the call ends with it, or with it and its params.
        const rule = /,\s*'([a-zA-Z]+)'(?:,\s*\{[\s\S]*\})?\s*$/.exec(args);
        if (rule) rules.add(rule[1]!);
      }
      for (const named of readFileSync(file, 'utf8').matchAll(/\brule: '([a-zA-Z]+)'/g)) rules.add(named[1]!);
    }
  }
  return rules;
}

describe('domain refusals are worded in the reader\'s language', () => {
  const named = domainRulesNamed(path.join(__dirname, '../../server/src'));

  it('finds the rules the server names', () => {
    expect(named.size).toBeGreaterThan(50);
    expect(named).toContain('periodEndsBeforeStart');
    expect(named).toContain('peerGroupWindowTooLong');
  });

  it('has Dutch and English words for every rule the server names', () => {
    const missing = (lang: 'nl' | 'en') => [...named].filter((rule) => !Object.hasOwn(commonTexts[lang].rules, rule));
    expect(missing('nl')).toEqual([]);
    expect(missing('en')).toEqual([]);
  });

  it('words a domain refusal from its rule and fills in what it names, never the English message on a Dutch screen', async () => {
    // The client's language follows <html lang>; outside a browser a stand-in element is all it needs.
    Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
    const { default: i18n } = await import('../../client/src/i18n/i18n');
    const { refusalWords } = await import('../../client/src/lib/refusal-words');
    const refusal = (details: Record<string, unknown>) => ({
      code: 'BAD_USER_INPUT',
      field: 'x',
      details,
      serverMessage: 'The English message.',
    });
    await i18n.changeLanguage('nl');
    expect(refusalWords(refusal({ rule: 'periodEndsBeforeStart' }))).toBe('De periode eindigt voordat ze begint; kies een einddatum na de begindatum.');
    expect(refusalWords(refusal({ rule: 'peerGroupTooSmall', limit: 3 }))).toBe('Een intercollegiale groep heeft ten minste 3 organisaties nodig.');
    expect(refusalWords(refusal({ rule: 'invitedAlready', names: 'An, Bo' }))).toBe('Al uitgenodigd voor deze cyclus: An, Bo.');
    await i18n.changeLanguage('en');
    expect(refusalWords(refusal({ rule: 'budgetHoursRange', limit: 100000 }))).toBe('Give a budget from 0 to 100,000 hours.');
    expect(refusalWords(refusal({ rule: 'delegateAlready', name: 'Sam' }))).toBe('Sam is a delegate already.');
  });
});
