// Colour, note and delete controls of one highlight (popup and Highlights page).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Color, Highlight } from '@/utils/highlights/types';
import { t } from '@/utils/i18n';
import { ColorPicker } from './ColorPicker';

interface Props {
  highlight: Highlight;
  onColor?: (c: Color) => void;
  onNote?: (note: string) => void;
  onDelete: () => void;
}

export function HighlightControls({ highlight: h, onColor, onNote, onDelete }: Props) {
  const [note, setNote] = useState(h.note);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  // Keyboard users land in the note when it opens, and back on its button when it closes.
  const wasEditing = useRef(false);
  // Layout effect: focus moves in the same frame as the change, not after the next paint.
  useLayoutEffect(() => {
    if (editing) input.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const cancel = () => {
    setNote(h.note);
    setEditing(false);
  };
  return (
    <div class="kq-hl-controls">
      {onColor && <ColorPicker value={h.color} onChange={onColor} testid="hl-color" />}
      {onNote && !editing && (
        <button type="button" ref={editButton} data-testid="hl-note-edit" onClick={() => setEditing(true)}>
          {h.note ? t('editNote') : t('addNote')}
        </button>
      )}
      <button type="button" data-testid="hl-delete" onClick={onDelete}>
        {t('delete')}
      </button>
      {onNote && editing && (
        <form
          class="kq-hl-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            onNote(note.trim());
            setEditing(false);
          }}
          // Escape closes what it opened (and must not close the popup around it).
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            cancel();
          }}
        >
          <textarea
            ref={input}
            data-testid="hl-note-input"
            aria-label={t('note')}
            maxLength={10_000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" data-testid="hl-note-save">
            {t('saveNote')}
          </button>
          <button type="button" data-testid="hl-note-cancel" onClick={cancel}>
            {t('cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
