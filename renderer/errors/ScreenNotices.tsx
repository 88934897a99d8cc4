import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { dismissScreenNotices } from './notify';

/**
 * Takes a screen's errors and notices away when the operator moves to another screen (another
 * path; a meeting's tabs count as screens): a red toast that followed them read as if the new
 * screen had failed. Renders nothing; mounted once beside the layout.
 */
export function ScreenNotices() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    dismissScreenNotices();
  }, [pathname]);
  return null;
}
