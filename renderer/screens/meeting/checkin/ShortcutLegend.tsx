import { Kbd, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './CheckIn.module.css';
import { STATUS_KEYS } from './checkinKeys';

/**
 * The keys, always on screen beside the list. The status keys work in the list (Tab from the
 * search box, or a click on a row), where nothing is typed, so a name is never taken for a
 * command; the search box has its own three.
 *
 * Memoised: it has no props, and the panel renders again on every keystroke and check-in.
 */
export const ShortcutLegend = memo(function ShortcutLegend() {
  const { t } = useTranslation();
  const key = (label: string, text: string) => (
    <li className={classes.legendItem} key={label}>
      <span>
        <Kbd size="sm">{label}</Kbd>
      </span>
      <span>{text}</span>
    </li>
  );
  return (
    <section aria-labelledby="checkin-keys-title" data-testid="checkin-legend">
      <Text id="checkin-keys-title" fw={700} size="sm">
        {t('checkin.keys.inList')}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('checkin.keys.inListHow')}
      </Text>
      <ul className={classes.legend}>
        {STATUS_KEYS.map(({ key: k, status }) =>
          key(k.toUpperCase(), t(`attendanceStatus.${status}`)),
        )}
        {key('Enter', t('checkin.keys.enter'))}
        {key('Shift+F10', t('checkin.keys.menu'))}
        {key('Esc', t('checkin.keys.back'))}
      </ul>
      <Text fw={700} size="sm" mt="xs">
        {t('checkin.keys.inSearch')}
      </Text>
      <ul className={classes.legend}>
        {key('↑ ↓', t('checkin.keys.choose'))}
        {key('Enter', t('checkin.keys.enter'))}
        {key('Esc', t('checkin.keys.clear'))}
      </ul>
    </section>
  );
});
