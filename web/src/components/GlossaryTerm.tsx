import { type MouseEvent, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import './plain-language.css';

interface GlossaryTermProps {
  /** The words as they stand in the text ("API'er"). */
  text: string;
  /** The glossary's term ("API"). */
  term: string;
  explanation: string;
}

/** Keeps the popup this far from the window's edges (a term near the right edge of a phone). */
const EDGE = 8;
/** Time to move the pointer from the term onto its popup before it closes. */
const LEAVE_DELAY_MS = 150;

/**
 * One glossary term in a text: a button that reads as underlined text and shows its explanation
 * on hover, on keyboard focus and on tap or click. The popup stays while the pointer is over it,
 * and Escape closes it without moving focus (WCAG 1.4.13). The explanation is the button's
 * description, so a screen reader reads it with the term.
 */
export function GlossaryTerm({ text, term, explanation }: GlossaryTermProps) {
  const [open, setOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  const tipId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const hovered = useRef(false);
  const focused = useRef(false);
  /** Opened by a click or tap: stays until closed, even when the pointer leaves. */
  const pinned = useRef(false);
  const openAtPointerDown = useRef(false);
  const pointerType = useRef('');
  const leaveTimer = useRef<number | undefined>(undefined);

  const close = useCallback(() => {
    pinned.current = false;
    setOpen(false);
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close]);

  useEffect(() => () => window.clearTimeout(leaveTimer.current), []);

  // Keep the popup inside the window: shift it left when the term sits near the right edge.
  useLayoutEffect(() => {
    if (!open || !wrapper.current || !tip.current) return;
    const natural = wrapper.current.getBoundingClientRect().left;
    const width = tip.current.offsetWidth;
    const room = document.documentElement.clientWidth - EDGE - width;
    setOffset(Math.max(EDGE, Math.min(natural, room)) - natural);
  }, [open]);

  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (e.detail === 0) {
      // Enter or Space: a toggle (focus opened it already).
      pinned.current = !open;
      setOpen(!open);
    } else if (pointerType.current === 'mouse') {
      // Hovering opened it; a click keeps it open, a second click closes it.
      pinned.current = !pinned.current;
      setOpen(pinned.current);
    } else {
      // A tap focuses and clicks at once: it toggles from how it was before the finger came down.
      pinned.current = !openAtPointerDown.current;
      setOpen(pinned.current);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering term or popup keeps it open (WCAG 1.4.13); keyboard and touch go through the button
    <span
      ref={wrapper}
      className="aktion-term"
      onMouseEnter={() => {
        hovered.current = true;
        window.clearTimeout(leaveTimer.current);
        setOpen(true);
      }}
      onMouseLeave={() => {
        hovered.current = false;
        leaveTimer.current = window.setTimeout(() => {
          if (!hovered.current && !focused.current && !pinned.current) setOpen(false);
        }, LEAVE_DELAY_MS);
      }}
    >
      <button
        type="button"
        className="aktion-term-button"
        aria-expanded={open}
        aria-describedby={tipId}
        onPointerDown={(e) => {
          openAtPointerDown.current = open;
          pointerType.current = e.pointerType;
        }}
        onFocus={() => {
          focused.current = true;
          setOpen(true);
        }}
        onBlur={() => {
          focused.current = false;
          if (!hovered.current) close();
        }}
        onClick={onClick}
      >
        {text}
      </button>
      <span
        ref={tip}
        id={tipId}
        role="tooltip"
        className="aktion-term-tip"
        hidden={!open}
        style={offset ? { left: `${offset}px` } : undefined}
      >
        <span className="aktion-term-tip-term">{term}:</span> {explanation}
      </span>
    </span>
  );
}
