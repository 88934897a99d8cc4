import { ActionIcon, Box, Group, Paper, Switch, Text, Textarea, Tooltip } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../../../shared/notes/model';
import { MarkdownView } from './MarkdownView';
import type { TextEdit } from './markdownEdit';
import { applyEdit, toggleList, toggleWrap } from './markdownEdit';

interface NoteBodyProps {
  value: string;
  label: string;
  readOnly: boolean;
  onChange: (text: string) => void;
  onCompositionStart: () => void;
  onCompositionEnd: () => void;
  onBlur: () => void;
  textareaRef: React.Ref<HTMLTextAreaElement>;
  /** The note's save status and actions, on the toolbar's right. */
  actions: React.ReactNode;
}

type Helper = 'bold' | 'italic' | 'bullets' | 'numbered';

function editFor(helper: Helper, text: string, start: number, end: number): TextEdit {
  switch (helper) {
    case 'bold':
      return toggleWrap(text, start, end, '**');
    case 'italic':
      return toggleWrap(text, start, end, '*');
    default:
      return toggleList(text, start, end, helper);
  }
}

/** Ctrl+B, Ctrl+I, Ctrl+Shift+8 (bullets) and Ctrl+Shift+7 (numbers), read by key position. */
function helperOf(e: KeyboardEvent): Helper | null {
  if (!e.ctrlKey || e.altKey || e.metaKey) return null;
  if (!e.shiftKey && e.code === 'KeyB') return 'bold';
  if (!e.shiftKey && e.code === 'KeyI') return 'italic';
  if (e.shiftKey && e.code === 'Digit8') return 'bullets';
  if (e.shiftKey && e.code === 'Digit7') return 'numbered';
  return null;
}

/**
 * The note's text: a plain <textarea>, on purpose. Vietnamese input methods (Unikey, EVKey in
 * Telex or VNI) rewrite the letters before the caret by sending backspaces and the retyped
 * letters, or by a composition; a native textarea takes both as any typing, where
 * contenteditable editors lose or reorder letters. Its value is only ever what the operator
 * typed: nothing the core answers is written back into it while it is being edited.
 *
 * The Markdown helpers go through the browser's own "insert text", so Ctrl+Z undoes them.
 */
export function NoteBody(props: NoteBodyProps) {
  const { t } = useTranslation();
  const { value, readOnly, onChange } = props;
  const [preview, setPreview] = useState(false);
  const local = useRef<HTMLTextAreaElement | null>(null);

  const apply = (helper: Helper) => {
    const el = local.current;
    if (!el || readOnly) return;
    const edit = editFor(helper, el.value, el.selectionStart, el.selectionEnd);
    el.focus();
    el.setSelectionRange(edit.from, edit.to);
    // execCommand is deprecated but still the only way to edit a textarea with undo kept.
    const inserted =
      edit.insert === ''
        ? edit.from === edit.to || document.execCommand('delete')
        : document.execCommand('insertText', false, edit.insert);
    if (!inserted) onChange(applyEdit(el.value, edit));
    el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  };

  const setRefs = (el: HTMLTextAreaElement | null) => {
    local.current = el;
    const { textareaRef } = props;
    if (typeof textareaRef === 'function') textareaRef(el);
    else if (textareaRef) (textareaRef as React.RefObject<HTMLTextAreaElement | null>).current = el;
  };

  const tool = (helper: Helper, glyph: React.ReactNode) => (
    <Tooltip label={t(`notes.helpers.${helper}`)}>
      <ActionIcon
        variant="default"
        aria-label={t(`notes.helpers.${helper}`)}
        onMouseDown={(e) => e.preventDefault() /* keep the caret and selection in the text */}
        onClick={() => apply(helper)}
        disabled={readOnly}
      >
        {glyph}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Box>
      <Group gap={6} mb={6} justify="space-between">
        <Group gap={6}>
          {tool('bold', <b>B</b>)}
          {tool('italic', <i>I</i>)}
          {tool('bullets', <span aria-hidden>•≡</span>)}
          {tool('numbered', <span aria-hidden>1.</span>)}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Switch
            size="sm"
            label={t('notes.preview')}
            checked={preview}
            onChange={(e) => setPreview(e.currentTarget.checked)}
          />
          {props.actions}
        </Group>
      </Group>
      <Textarea
        ref={setRefs}
        aria-label={props.label}
        data-testid="note-body"
        value={value}
        readOnly={readOnly}
        autosize
        minRows={3}
        maxRows={14}
        maxLength={MAX_NOTE_LENGTH}
        spellCheck={false}
        placeholder={t('notes.bodyPlaceholder')}
        onChange={(e) => onChange(e.currentTarget.value)}
        onCompositionStart={props.onCompositionStart}
        onCompositionEnd={props.onCompositionEnd}
        onBlur={props.onBlur}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          const helper = helperOf(e);
          if (helper) {
            e.preventDefault();
            apply(helper);
          }
        }}
      />
      {preview && (
        <Paper withBorder p="sm" mt={6} data-testid="note-preview">
          {value.trim() === '' ? (
            <Text c="dimmed">{t('notes.previewEmpty')}</Text>
          ) : (
            <MarkdownView source={value} />
          )}
        </Paper>
      )}
    </Box>
  );
}
