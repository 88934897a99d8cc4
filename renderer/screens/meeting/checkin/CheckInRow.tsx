import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Invitee } from '../../../../shared/api/schemas';
import { AttendanceBadgeLabelled } from '../../../components/StatusBadges';
import { attendanceDetail } from '../attendanceDetail';
import classes from './CheckIn.module.css';
import type { RowAction } from './RowMenu';
import { RowMenu } from './RowMenu';

/** The id of an invitee's option, for aria-activedescendant. */
export const optionId = (inviteeId: string) => `checkin-option-${inviteeId}`;

interface CheckInRowProps {
  invitee: Invitee;
  /**
   * The list's translator, handed down: `useTranslation` in each row (and its menu) copied the
   * i18next instance and subscribed to it once per row, a good part of the time to mount the
   * ~40 rows on screen when the list is shown whole again (docs/PERFORMANCE.md).
   */
  t: TFunction;
  /** 1-based place in the listed matches, and how many there are (the list is virtual). */
  position: number;
  total: number;
  highlighted: boolean;
  menuOpen: boolean;
  locked: boolean;
  /** A click on the row: highlight this person and give the list the focus. */
  onPick: (invitee: Invitee) => void;
  onMenu: (invitee: Invitee, open: boolean) => void;
  onAction: (invitee: Invitee, action: RowAction) => void;
}

/**
 * One person on one line: name, post and unit, this meeting's remark, the status with its
 * detail, and one menu of actions. The text is an option of the check-in listbox; the menu's
 * button sits beside it, since an option may contain no control (CheckInList).
 *
 * Memoised: a check-in replaces one invitee object in the store and keeps the others, so only
 * that row renders again (see docs/PERFORMANCE.md). Its callbacks must therefore be stable.
 */
export const CheckInRow = memo(function CheckInRow({
  invitee,
  t,
  position,
  total,
  highlighted,
  menuOpen,
  locked,
  onPick,
  onMenu,
  onAction,
}: CheckInRowProps) {
  const id = optionId(invitee.id);
  const detail = attendanceDetail(invitee, t);
  const post = [invitee.position, invitee.unit].filter(Boolean).join(' · ');
  // Named by its text, not by the menu button inside it.
  const labelledBy = [
    `${id}-name`,
    post && `${id}-post`,
    `${id}-status`,
    invitee.remark && `${id}-remark`,
    detail && `${id}-detail`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={classes.row} data-highlighted={highlighted || undefined}>
      <div
        role="option"
        id={id}
        className={classes.option}
        aria-selected={highlighted}
        aria-posinset={position}
        aria-setsize={total}
        aria-labelledby={labelledBy}
        data-testid={`checkin-row-${invitee.id}`}
        data-status={invitee.status}
        onClick={() => onPick(invitee)}
      >
        <div
          className={`${classes.cell} ${classes.name}`}
          id={`${id}-name`}
          title={invitee.fullName}
        >
          {invitee.fullName}
          {invitee.walkIn && <span className={classes.walkIn}>({t('invitees.walkInBadge')})</span>}
        </div>
        <div className={`${classes.cell} ${classes.post}`} id={`${id}-post`} title={post}>
          {post}
        </div>
        <div
          className={`${classes.cell} ${classes.notes}`}
          title={[invitee.remark, detail].filter(Boolean).join(' · ')}
        >
          {invitee.remark && (
            <span className={classes.remark} id={`${id}-remark`} data-testid="checkin-remark">
              “{invitee.remark}”
            </span>
          )}
          {detail && (
            <span className={classes.detail} id={`${id}-detail`}>
              {detail}
            </span>
          )}
        </div>
        <div className={classes.status} id={`${id}-status`}>
          <AttendanceBadgeLabelled
            status={invitee.status}
            size="lg"
            label={t(`attendanceStatus.${invitee.status}`)}
          />
        </div>
      </div>
      {/* Beside the option, not in it: an option holds no control of its own. */}
      <RowMenu
        invitee={invitee}
        t={t}
        opened={menuOpen}
        locked={locked}
        onChange={onMenu}
        onAction={onAction}
      />
    </div>
  );
});
