import type { TextType } from '../../../core/plain-language/targets.js';
import { useGlossary, useReadabilityTargets } from '../features/glossary/useGlossary.js';
import { ReadabilityPanel } from './ReadabilityPanel.js';
import { TextAreaField } from './TextAreaField.js';

export interface PlainTextEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Which LIX target applies (the organisation's target for this kind of text). */
  textType: TextType;
  error?: string | undefined;
  hint?: string;
  maxLength?: number;
  rows?: number;
  required?: boolean;
  /** Glossary terms the text need not explain (a glossary explanation of its own term). */
  ignoreTerms?: readonly string[];
}

/**
 * A textarea for text that leaders or employees will read, with a live readability panel: LIX
 * and its band against the target, long sentences, glossary terms used without explanation.
 */
export function PlainTextEditor(props: PlainTextEditorProps) {
  const { textType, ignoreTerms, ...field } = props;
  const { entries } = useGlossary();
  const { targets } = useReadabilityTargets();
  return (
    <div className="aktion-plain-text-editor">
      <TextAreaField {...field} />
      <ReadabilityPanel
        id={field.id}
        text={field.value}
        target={targets[textType]}
        glossary={entries}
        ignoreTerms={ignoreTerms}
      />
    </div>
  );
}
