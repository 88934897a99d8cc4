import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

/** Never shorter than this: on a small window the page scrolls instead. */
const MIN_HEIGHT = 320;
/** Room left under the element, so its last row does not touch the window's edge. */
const BOTTOM_GAP = 12;

/**
 * The height that takes an element from where it starts on the page to the bottom of the
 * window: the speakers' tab keeps the speech in progress and its commands in view and lets the
 * queue and the log scroll inside. Measured from the page's top (not the viewport's), so it does
 * not change as the page scrolls down to the statistics. Whatever above it changes height (the
 * meeting's header, the speech in progress) changes the body's size, so that is what is watched.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, mounted: boolean): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!mounted || !el) return;
    const update = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP)));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [ref, mounted]);
  return height;
}
