import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import { ResearchQuote } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** What of a research note to link as evidence: the whole note ('') or one quote (its id). */
export function QuotePartSelect(props: {
  id: string;
  quotes: ResearchQuote[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <TextField
      id={props.id}
      label={t('research.evidence.part')}
      select
      SelectProps={{ native: true }}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      fullWidth
      margin="dense"
    >
      <option value="">{t('research.evidence.whole')}</option>
      {props.quotes.map(quote => (
        <option key={quote.id} value={quote.id}>
          {t('research.evidence.quoteOf', { quote: quote.text })}
        </option>
      ))}
    </TextField>
  );
}

/** The evidence source of a note, or of one of its quotes when `part` names one. */
export function researchSource(noteId: number, part: string) {
  return part
    ? ({
        sourceKind: 'research-quote',
        sourceId: noteId,
        sourcePart: Number(part),
      } as const)
    : ({ sourceKind: 'research-note', sourceId: noteId } as const);
}
