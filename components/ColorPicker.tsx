// A row of colour swatches, one of them chosen (a highlight's colour, the default colour).
import { COLOR_CSS, COLORS, type Color } from '@/utils/highlights/types';
import { t } from '@/utils/i18n';
import { radioProps } from './radioKeys';

interface Props {
  value: Color;
  onChange: (c: Color) => void;
  /** data-testid prefix of the swatches, e.g. `hl-color` gives `hl-color-yellow`. */
  testid: string;
  label?: string;
}

export function ColorPicker({ value, onChange, testid, label = t('colour') }: Props) {
  return (
    <span class="kq-hl-colors" role="radiogroup" aria-label={label}>
      {COLORS.map((c) => (
        <button
          key={c}
          type="button"
          {...radioProps(value === c)}
          aria-label={t(`color_${c}`)}
          title={t(`color_${c}`)}
          data-testid={`${testid}-${c}`}
          class="kq-hl-swatch"
          style={{ background: COLOR_CSS[c] }}
          onClick={() => onChange(c)}
        />
      ))}
    </span>
  );
}
