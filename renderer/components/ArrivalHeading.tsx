import type { TitleProps } from '@mantine/core';
import { Title } from '@mantine/core';
import { useRef } from 'react';
import classes from './ArrivalHeading.module.css';
import { useFocusOnArrival } from './focus';

/**
 * A heading that takes the focus when it appears with the focus nowhere (useFocusOnArrival): a
 * screen's title, a wizard step's. Focusable by script only (tabIndex -1), so the operator's
 * next Tab goes on from the top of what just appeared and a screen reader reads where they are.
 */
export function ArrivalHeading({ className, ...props }: TitleProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  const classNames = className ? `${classes.heading} ${className}` : classes.heading;
  return <Title ref={heading} tabIndex={-1} className={classNames} {...props} />;
}
