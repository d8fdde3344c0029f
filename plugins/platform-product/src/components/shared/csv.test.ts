import { parseCsv } from '../../__testUtils__/parseCsv';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes RFC 4180 rows: CRLF line ends, quotes around commas, quotes and line breaks', () => {
    const csv = toCsv([
      ['Tool', 'Note'],
      ['Deployer, legacy', 'says "hi"'],
      ['Two\nlines', 42],
      [null, undefined],
    ]);
    expect(csv).toBe(
      'Tool,Note\r\n"Deployer, legacy","says ""hi"""\r\n"Two\nlines",42\r\n,\r\n',
    );
    expect(parseCsv(csv)).toEqual([
      ['Tool', 'Note'],
      ['Deployer, legacy', 'says "hi"'],
      ['Two\nlines', '42'],
      ['', ''],
    ]);
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@me', 'a=b']])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@me,a=b\r\n`,
    );
  });

  it('writes negative numbers as numbers', () => {
    expect(toCsv([[-20, 0]])).toBe('-20,0\r\n');
  });
});
