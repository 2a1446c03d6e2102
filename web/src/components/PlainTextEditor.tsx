import type { TextType } from '../../../core/plain-language/targets.js';
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
}

/**
 * A textarea for text that leaders or employees will read, with a live readability panel: LIX
 * and its band against the target, long sentences, glossary terms used without explanation.
 * (Skeleton: the panel is built by the web helper; the props are fixed.)
 */
export function PlainTextEditor(props: PlainTextEditorProps) {
  const { textType: _textType, ...field } = props;
  return <TextAreaField {...field} />;
}
