/**
 * Uploaded files (module materials): which types may be uploaded, how big, and how a file's name
 * is made safe. Shared by the server (which checks) and the web (which says so before sending).
 */

export const FileLimits = {
  /** The largest file, in bytes: 20 MB. */
  maxBytes: 20 * 1024 * 1024,
  /** A stored file name, in characters (the extension is kept when it is cut). */
  nameMax: 200,
  /** The longest name accepted before it is cleaned and cut. */
  rawNameMax: 1000,
} as const;

/** What a file is, by its contents: the server checks the first bytes against it. */
export type FileFamily = 'pdf' | 'ooxml' | 'png' | 'jpeg' | 'text';

export interface AllowedFileType {
  contentType: string;
  family: FileFamily;
  extensions: readonly string[];
}

export const ALLOWED_FILE_TYPES: readonly AllowedFileType[] = [
  { contentType: 'application/pdf', family: 'pdf', extensions: ['.pdf'] },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    family: 'ooxml',
    extensions: ['.docx'],
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    family: 'ooxml',
    extensions: ['.xlsx'],
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    family: 'ooxml',
    extensions: ['.pptx'],
  },
  { contentType: 'image/png', family: 'png', extensions: ['.png'] },
  { contentType: 'image/jpeg', family: 'jpeg', extensions: ['.jpg', '.jpeg'] },
  { contentType: 'text/plain', family: 'text', extensions: ['.txt'] },
  { contentType: 'text/markdown', family: 'text', extensions: ['.md', '.markdown'] },
];

/** For `<input type="file" accept>`: the extensions and the types. */
export const FILE_ACCEPT = ALLOWED_FILE_TYPES.flatMap((t) => [...t.extensions, t.contentType]).join(',');

/**
 * The allowed type a declared Content-Type names (parameters such as `charset` and the case are
 * ignored), or null when the type may not be uploaded.
 */
export function allowedFileType(declared: string | undefined): AllowedFileType | null {
  const type = (declared ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return ALLOWED_FILE_TYPES.find((t) => t.contentType === type) ?? null;
}

/**
 * The type to send for a chosen file: the browser's own when it is an allowed one, else the one
 * the extension names (browsers give none, or one of their own such as `text/x-markdown`, for
 * Markdown), else the browser's own or '' (the server will refuse either).
 */
export function contentTypeOfFile(name: string, browserType: string): string {
  if (allowedFileType(browserType)) return browserType;
  const lower = name.toLowerCase();
  const byExtension = ALLOWED_FILE_TYPES.find((t) => t.extensions.some((e) => lower.endsWith(e)));
  return byExtension?.contentType ?? browserType;
}

// Control characters, and the direction marks that can make "report[RLO]fdp.exe" read as "reportexe.pdf".
const UNSAFE_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A file name safe to store and to send back in Content-Disposition: the last part of any path,
 * without control characters, trimmed, and at most `FileLimits.nameMax` characters with its
 * extension kept. An empty result becomes "fil".
 */
export function sanitiseFileName(raw: string): string {
  const last = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = last.replace(UNSAFE_CHARACTERS, '').trim().replace(/^\.+/, '').trim();
  const chars = Array.from(clean);
  if (chars.length === 0) return 'fil';
  if (chars.length <= FileLimits.nameMax) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(clean.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= 20 ? extension : [];
  const base = Array.from(keep.length ? clean.slice(0, dot) : clean);
  return [...base.slice(0, FileLimits.nameMax - keep.length), ...keep].join('').trim();
}

/**
 * An extension as a name ends: a dot and up to 16 letters or digits, not digits only (so that
 * "Referat v1.2" has none and keeps its "1.2").
 */
const EXTENSION = /\.(?=[\p{N}]*\p{L})[\p{L}\p{N}]{1,16}$/u;

/**
 * The name a file of `type` is stored under: a browser saves a download by the extension of its
 * name, so the name must not promise another kind of file ("evil.html" sent as text/plain, a
 * .jar as a zip). An extension of the type is kept (whatever its case); any other is replaced by
 * the type's first extension, which is added when the name has none. The name is cleaned as by
 * `sanitiseFileName`, and the base cut so that the whole stays within `FileLimits.nameMax`.
 */
export function fileNameForType(name: string, type: AllowedFileType): string {
  const clean = sanitiseFileName(name);
  const found = EXTENSION.exec(clean)?.[0];
  if (found && type.extensions.includes(found.toLowerCase())) return clean;
  const extension = type.extensions[0] ?? '';
  const base = found ? clean.slice(0, -found.length) : clean;
  const kept = Array.from(base)
    .slice(0, FileLimits.nameMax - extension.length)
    .join('')
    .replace(/[\s.]+$/u, '');
  return `${kept || 'fil'}${extension}`;
}
