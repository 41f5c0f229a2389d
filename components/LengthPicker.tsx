// Short / medium / long: how many key quotes to show.
import { LENGTHS, type SummaryLength } from '@/utils/summary';

interface Props {
  value: SummaryLength;
  onChange: (v: SummaryLength) => void;
}

export function LengthPicker({ value, onChange }: Props) {
  return (
    <div class="kq-length" role="radiogroup" aria-label="Summary length">
      {(Object.keys(LENGTHS) as SummaryLength[]).map((len) => (
        <button
          key={len}
          type="button"
          role="radio"
          aria-checked={value === len}
          data-testid={`length-${len}`}
          class={value === len ? 'on' : ''}
          onClick={() => onChange(len)}
        >
          {len} ({LENGTHS[len]})
        </button>
      ))}
    </div>
  );
}
