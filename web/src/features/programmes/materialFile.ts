import { allowedFileType, contentTypeOfFile, FileLimits } from '../../../../core/files.js';

/** Why a chosen file is not sent at all; the texts are `programmeEditor.fileProblems.<problem>`. */
export type FileProblem = 'empty' | 'tooLarge' | 'type';

/**
 * What the page can tell before uploading (the server checks again, and also the contents).
 * `file` is a browser File, or anything with its name, size and type.
 */
export function fileProblem(file: { name: string; size: number; type: string }): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > FileLimits.maxBytes) return 'tooLarge';
  if (!allowedFileType(contentTypeOfFile(file.name, file.type))) return 'type';
  return null;
}

/** "812 B", "24 KB", "1,2 MB": whole bytes and kilobytes, megabytes with one decimal. */
export function formatFileSize(bytes: number, lang: string): string {
  const kb = 1024;
  if (bytes < kb) return `${bytes} B`;
  if (bytes < kb * kb) return `${Math.round(bytes / kb)} KB`;
  const mb = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 });
  return `${mb.format(bytes / (kb * kb))} MB`;
}
