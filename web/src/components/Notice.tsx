import { Alert, type AlertVariant } from './Alert.js';

export interface NoticeMessage {
  variant: AlertVariant;
  text: string;
}

/** A polite live region that is always in the page, so messages put into it are announced. */
export function Notice({ notice }: { notice: NoticeMessage | null }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {notice && (
        <Alert variant={notice.variant}>
          <p>{notice.text}</p>
        </Alert>
      )}
    </div>
  );
}
