import type { GlossaryEntry } from './jargon.js';

/** The built-in starting glossary (written for this project; filled by the core helper). */
export const STARTER_GLOSSARY: readonly GlossaryEntry[] = [];
