// Colour, note and delete controls of one highlight (popup and Highlights page).
import { useState } from 'preact/hooks';
import { COLOR_CSS, COLORS, type Color, type Highlight } from '@/utils/highlights/types';

interface Props {
  highlight: Highlight;
  onColor?: (c: Color) => void;
  onNote?: (note: string) => void;
  onDelete: () => void;
}

export function HighlightControls({ highlight: h, onColor, onNote, onDelete }: Props) {
  const [note, setNote] = useState(h.note);
  const [editing, setEditing] = useState(false);
  return (
    <div class="kq-hl-controls">
      {onColor && (
        <span class="kq-hl-colors" role="radiogroup" aria-label="Colour">
          {COLORS.map((c) => (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={h.color === c}
              aria-label={c}
              title={c}
              data-testid={`hl-color-${c}`}
              class="kq-hl-swatch"
              style={{ background: COLOR_CSS[c] }}
              onClick={() => onColor(c)}
            />
          ))}
        </span>
      )}
      {onNote && !editing && (
        <button type="button" data-testid="hl-note-edit" onClick={() => setEditing(true)}>
          {h.note ? 'Edit note' : 'Add note'}
        </button>
      )}
      <button type="button" data-testid="hl-delete" onClick={onDelete}>
        Delete
      </button>
      {onNote && editing && (
        <form
          class="kq-hl-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            onNote(note.trim());
            setEditing(false);
          }}
        >
          <textarea
            data-testid="hl-note-input"
            aria-label="Note"
            maxLength={10_000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" data-testid="hl-note-save">
            Save note
          </button>
        </form>
      )}
    </div>
  );
}
