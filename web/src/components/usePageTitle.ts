import { useEffect } from 'react';

/** Sets the document title to "<page> – Aktion". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title === 'Aktion' ? title : `${title} – Aktion`;
  }, [title]);
}
