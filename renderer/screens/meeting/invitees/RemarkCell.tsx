import { Button, Group, Loader, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { MAX_REMARK } from '../../../../shared/api/schemas';
import { runAction } from '../../../api/runAction';
import { DisabledReason } from '../../../components/DisabledReason';
import { useMeetingStore } from '../../../stores/meetingStore';

interface RemarkCellProps {
  invitee: Invitee;
  /** Why the remark cannot be edited (the meeting is finalized); null when it can. */
  lockedReason: string | null;
}

const REMARK_FIELD = { claims: (key: string) => key === 'remark' };

/**
 * What is said of this invitee at this meeting ("Chủ trì", "Vắng - đi công tác"), edited in
 * place: Enter or leaving the field saves, Escape gives up. The core answers with the updated
 * invitee, which the meeting store shows at once (no list fetch).
 */
export function RemarkCell({ invitee, lockedReason }: RemarkCellProps) {
  const { t } = useTranslation();
  const saveInvitee = useMeetingStore((s) => s.saveInvitee);
  const [draft, setDraft] = useState<string | null>(null); // null: not editing
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when Enter or Escape ends the edit, so the blur that follows does not save again and
  // focus goes back to the button (a mouse user who clicked elsewhere keeps that focus).
  const endedByKey = useRef(false);
  const [refocus, setRefocus] = useState(false);
  const name = invitee.fullName;

  // The button is back in the page only once the field is gone: focus it after that render.
  useEffect(() => {
    if (refocus && draft === null) {
      editButton.current?.focus();
      setRefocus(false);
    }
  }, [refocus, draft]);

  const stop = (byKey: boolean) => {
    setDraft(null);
    setError(undefined);
    setRefocus(byKey);
  };

  const save = async (byKey: boolean) => {
    if (draft === null || saving) return;
    if (draft.trim() === invitee.remark) return stop(byKey);
    setSaving(true);
    const saved = await saveInvitee(() =>
      runAction(
        'invitees.setRemark',
        { inviteeId: invitee.id, remark: draft },
        {
          success: (inv) =>
            t(inv.remark ? 'invitees.remark.saved' : 'invitees.remark.cleared', { name }),
          fields: REMARK_FIELD,
          onFieldErrors: (errors) => setError(errors.remark),
        },
      ),
    );
    setSaving(false);
    // A refusal keeps the text being edited, with the reason beside it or in a notification.
    if (saved) stop(byKey);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      endedByKey.current = true;
      void save(true);
    } else if (event.key === 'Escape') {
      // Escape belongs to the field here, not to an enclosing modal or page shortcut.
      event.preventDefault();
      event.stopPropagation();
      endedByKey.current = true;
      stop(true);
    }
  };

  // Finalized while being edited (from another window): the edit could only be refused now.
  if (draft !== null && lockedReason === null) {
    return (
      <TextInput
        size="xs"
        miw={180}
        value={draft}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setError(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (endedByKey.current) endedByKey.current = false;
          else void save(false);
        }}
        maxLength={MAX_REMARK}
        placeholder={t('invitees.remark.placeholder')}
        description={t('invitees.remark.help')}
        error={error}
        aria-label={t('common.actionFor', { action: t('invitees.remark.label'), name })}
        rightSection={saving ? <Loader size="xs" /> : null}
        readOnly={saving}
        autoFocus
      />
    );
  }

  const action = invitee.remark ? t('invitees.remark.edit') : t('invitees.remark.add');
  return (
    <Group gap={4} wrap="nowrap" justify="space-between">
      <Text size="sm" data-testid={`remark-${invitee.id}`}>
        {invitee.remark}
      </Text>
      <DisabledReason reason={lockedReason}>
        <Button
          ref={editButton}
          size="compact-xs"
          variant="subtle"
          // "Thêm ghi chú" on every row must not outshout the names; "Sửa" beside a remark may.
          color={invitee.remark ? undefined : 'gray'}
          onClick={() => {
            endedByKey.current = false;
            setDraft(invitee.remark);
          }}
          aria-label={t('common.actionFor', { action, name })}
          style={{ flexShrink: 0 }}
        >
          {invitee.remark ? t('common.edit') : t('invitees.remark.add')}
        </Button>
      </DisabledReason>
    </Group>
  );
}
