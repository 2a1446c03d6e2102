import { describe, expect, it } from 'vitest';
import { asText, danishCsv, danishDate, defuse } from './csv.js';

describe('danishCsv', () => {
  it('writes BOM, semicolons, CRLF and decimal commas', () => {
    expect(danishCsv(['Navn', 'Tal'], [['Åse; Ø', 2.5]])).toBe('\ufeffNavn;Tal\r\n"Åse; Ø";2,5\r\n');
  });
  it('keeps text that Excel would run as a formula as text', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx']) expect(defuse(bad)).toBe(`'${bad}`);
    expect(defuse('Anne')).toBe('Anne');
    expect(danishCsv(['a'], [['=1+1']])).toBe("\ufeffa\r\n'=1+1\r\n");
  });
  it('keeps long numbers such as EAN as text in Excel', () => {
    expect(danishCsv(['EAN'], [[asText('5798009811578')], [asText(null)], [asText('=x')]])).toBe(
      '\ufeffEAN\r\n"=""5798009811578"""\r\n\r\n\'=x\r\n',
    );
  });
  it('writes dates as dd-mm-åååå in Copenhagen time', () => {
    expect(danishDate('2026-12-31T23:30:00.000Z')).toBe('01-01-2027');
    expect(danishDate(null)).toBe('');
  });
});
