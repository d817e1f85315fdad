import { parseDateRange } from '../../src/pipeline/parse/parse-date';

describe('parseDateRange', () => {
  it.each([
    ['Jan 5 2026', '2026-01-05'],
    ['Jan. 23, 2024', '2024-01-23'],
    ['March 3, 2025', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['3 March 2025', '2025-03-03'],
    ['Sept 5 2023', '2023-09-05'],
    ['Sep. 5, 2023', '2023-09-05'],
    ['June 30, 2022', '2022-06-30'],
    ['May 05, 2006', '2006-05-05'],
    ['Feb 29 2024', '2024-02-29'],
    ['Monday, Jan 5 2026', '2026-01-05'],
  ])('reads the single date %s', (text, date) => {
    expect(parseDateRange(text)).toEqual({ date, endDate: null });
  });

  it.each([
    ['Jul 11–12 2023', '2023-07-11', '2023-07-12'],
    ['Jul 11-12, 2023', '2023-07-11', '2023-07-12'],
    ['July 11 to 12, 2023', '2023-07-11', '2023-07-12'],
    ['Nov 30–Dec 13 2023', '2023-11-30', '2023-12-13'],
    ['Nov 30 – Dec 13, 2023', '2023-11-30', '2023-12-13'],
    ['Nov 28 2023 – Jan 2 2024', '2023-11-28', '2024-01-02'],
    ['Dec 28–Jan 3 2024', '2023-12-28', '2024-01-03'],
    ['11–12 July 2023', '2023-07-11', '2023-07-12'],
    ['2025-03-03 to 2025-03-05', '2025-03-03', '2025-03-05'],
  ])('reads the range %s', (text, date, endDate) => {
    expect(parseDateRange(text)).toEqual({ date, endDate });
  });

  it('takes a missing year from the reference year', () => {
    expect(parseDateRange('Jul 11', 2023)).toEqual({ date: '2023-07-11', endDate: null });
    expect(parseDateRange('Dec 30–Jan 2', 2023)).toEqual({ date: '2023-12-30', endDate: '2024-01-02' });
    expect(parseDateRange('Jul 11')).toBeNull();
  });

  it.each([
    'Feb 30 2024',
    'Feb 29 2023',
    'Apr 31, 2020',
    '2025-13-01',
    '2025-02-30',
    'Jul 12–11 2023',
    'Smarch 3 2025',
    'early December',
    'mid-2023',
    '',
    '   ',
    'Jan 5 2026 – Lee arrives in Beijing',
  ])('returns null for %p', (text) => {
    expect(parseDateRange(text)).toBeNull();
  });
});
