// Short / medium / long: how many key quotes to show (a long page's long length: its outline).
import { LENGTHS, type SummaryLength } from '@/utils/summary';
import { t } from '@/utils/i18n';
import { radioProps } from './radioKeys';

interface Props {
  value: SummaryLength;
  onChange: (v: SummaryLength) => void;
  /** The long length shows an outline (sections, not eight quotes): its label says so. */
  outline?: boolean;
}

export function LengthPicker({ value, onChange, outline = false }: Props) {
  return (
    <div class="kq-length" role="radiogroup" aria-label={t('summaryLength')}>
      {(Object.keys(LENGTHS) as SummaryLength[]).map((len) => (
        <button
          key={len}
          type="button"
          {...radioProps(value === len)}
          data-testid={`length-${len}`}
          class={value === len ? 'on' : ''}
          onClick={() => onChange(len)}
        >
          {len === 'long' && outline ? t('lengthOutline', t('length_long')) : t('lengthOption', [t(`length_${len}`), LENGTHS[len]])}
        </button>
      ))}
    </div>
  );
}
