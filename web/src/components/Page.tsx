import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle.js';

interface PageProps {
  title: string;
  children?: ReactNode;
}

/** A page: sets the document title and renders the page's single h1. */
export function Page({ title, children }: PageProps) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}
