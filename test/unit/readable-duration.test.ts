import { readableDuration } from '../../client/src/features/sector/sector-format';

const DAY = 86_400;
const MONTH = (365.25 / 12) * DAY;

describe('readableDuration: a duration as people say it, in Dutch and English', () => {
  it.each([
    [3 * MONTH + 4 * DAY, '3 maanden en 4 dagen', '3 months and 4 days', false],
    [3 * MONTH + 4.4 * DAY, '3 maanden en 4 dagen', '3 months and 4 days', true],
    [12.5 * DAY, '12 dagen en 12 uur', '12 days and 12 hours', false],
    [1 * DAY, '1 dag', '1 day', false],
    [2 * 3_600 + 5 * 60, '2 uur en 5 minuten', '2 hours and 5 minutes', false],
    [125, '2 minuten en 5 seconden', '2 minutes and 5 seconds', false],
    [45, '45 seconden', '45 seconds', false],
    [400 * DAY, '1 jaar en 1 maand', '1 year and 1 month', true],
  ])('%d seconds', (seconds, nl, en, approximate) => {
    expect(readableDuration(seconds, 'nl')).toEqual({ text: nl, approximate });
    expect(readableDuration(seconds, 'en')).toEqual({ text: en, approximate });
  });

  it('rounds up to a whole bigger unit rather than saying "1 month and 30 days"', () => {
    expect(readableDuration(MONTH + 29.9 * DAY, 'en').text).toBe('2 months');
    expect(readableDuration(59 * 60 + 59.7, 'nl').text).toBe('1 uur');
    expect(readableDuration(11 * MONTH + 30.3 * DAY, 'en').text).toBe('1 year');
  });

  it('a month is not yet reached at 30 days; nothing is negative', () => {
    expect(readableDuration(30 * DAY, 'nl').text).toBe('30 dagen');
    expect(readableDuration(-5, 'en').text).toBe('0 seconds');
  });
});
