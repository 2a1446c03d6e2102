import { describe, expect, it } from 'vitest';
import { groupSecret, recoveryCodesFile, svgImageSrc } from './secret.js';

describe('second factor helpers', () => {
  it('groups the secret in fours', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('')).toBe('');
  });

  it('encodes the SVG, so nothing in it can break out of the address', () => {
    const src = svgImageSrc('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>');
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    expect(src).not.toMatch(/[<>"\s]/);
  });

  it('writes one code a line', () => {
    expect(recoveryCodesFile('Koder', 'Én gang', ['aaaaa-bbbbb', 'ccccc-ddddd'])).toBe(
      'Koder\r\nÉn gang\r\n\r\naaaaa-bbbbb\r\nccccc-ddddd\r\n',
    );
  });
});
