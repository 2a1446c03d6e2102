/** The kinds of text an organisation writes for its leaders and employees, each with a LIX target. */
export const TEXT_TYPES = [
  'narrative',
  'programme_module',
  'event_description',
  'email',
  'glossary',
] as const;
export type TextType = (typeof TEXT_TYPES)[number];

/**
 * Default LIX targets: 40 (ordinary newspaper prose, the upper end of "middel") for texts that reach
 * everybody, a little higher for texts to leaders in a programme, lower for glossary explanations,
 * which exist to be easy.
 */
export const DEFAULT_LIX_TARGETS: Record<TextType, number> = {
  narrative: 40,
  programme_module: 45,
  event_description: 40,
  email: 40,
  glossary: 35,
};
