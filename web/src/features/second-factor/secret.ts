/** A base32 secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** The QR code as an image address: the SVG is never put into the page as markup. */
export function svgImageSrc(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The text of the recovery codes file: a heading, a note, then one code a line (Windows line ends). */
export function recoveryCodesFile(header: string, note: string, codes: readonly string[]): string {
  return [header, note, '', ...codes, ''].join('\r\n');
}
