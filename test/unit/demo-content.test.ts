import full from '../../server/src/db/seeders/data/illustrative-framework-full.json';
import sector from '../../server/src/db/seeders/data/demo-sector-organisations.json';
import { FULL_DEMO_FRAMEWORK } from '../../server/src/db/seeders/demo-framework-full';
import { DEMO_SECTOR_SIZE, sectorEmails, sectorProfile } from '../../server/src/db/seeders/demo-sector';
import { commonTexts } from '../../client/src/i18n/common';

describe('the full-size illustrative framework', () => {
  test('has 49 norms over the three categories of the scheme, each with example evidence and example questions', () => {
    expect(full.categories.map((c) => c.title)).toEqual(['Vakmanschap', 'Dienstverlening', 'Organisatie & bestuur']);
    const norms = full.categories.flatMap((c) => c.norms);
    expect(norms).toHaveLength(49);
    expect(new Set(norms.map((n) => n.code)).size).toBe(49);
    for (const n of norms) {
      expect(n.title.trim()).not.toBe('');
      expect(n.description.trim()).not.toBe('');
      expect(n.exampleEvidence.trim()).not.toBe('');
      expect(n.exampleQuestions.length).toBeGreaterThanOrEqual(2);
      expect(n.competencies.every((k) => k >= 1 && k <= 10)).toBe(true);
    }
  });

  test('says on every norm and in its name that it is illustrative, not the official norms', () => {
    expect(FULL_DEMO_FRAMEWORK.name).toMatch(/illustratief.*geen officiële normen/i);
    const norms = FULL_DEMO_FRAMEWORK.categories.flatMap((c) => c.norms);
    for (const n of norms) {
      expect(n.title).toMatch(/\(illustratief\)$/);
      expect(n.description).toMatch(/^Illustratief: /);
      expect(n.exampleEvidence).toMatch(/^Illustratief: /);
      expect(n.guidance).toMatch(/^Illustratieve voorbeeldvragen:\n- /);
    }
  });
});

describe('the demo sector', () => {
  test('has about a hundred organisations with distinct names and logins, none with a phase word in its name', () => {
    expect(DEMO_SECTOR_SIZE).toBe(100);
    const names = sector.organisations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((n) => sectorEmails(n).officer)).size).toBe(names.length);
    const { phase, stage } = commonTexts.nl;
    const phaseWords = [...Object.values(phase), ...Object.values(stage)].map((w) => w.toLowerCase());
    expect(names.filter((n) => phaseWords.some((w) => n.toLowerCase().includes(w)))).toEqual([]);
  });

  test('the first fourteen profiles reach every variant and every end', () => {
    const first = Array.from({ length: 14 }, (_, n) => sectorProfile(n));
    expect(new Set(first.map((p) => p.variant))).toEqual(new Set(['EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED']));
    expect(new Set(first.map((p) => p.end).filter(Boolean))).toEqual(new Set(['VALID', 'SUSPENDED', 'WITHDRAWN', 'REFUSED', 'EXPIRED', 'RENEWED']));
  });
});
