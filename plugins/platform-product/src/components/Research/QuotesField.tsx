import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, IconButton, TextField } from '@material-ui/core';
import DeleteIcon from '@material-ui/icons/Delete';
import { platformProductTranslationRef } from '../../translation';
import { ResearchForm } from './researchForm';

/**
 * The note's quotes, one text field each, in order; a kept quote keeps its id (and the
 * evidence linked to it).
 */
export function QuotesField(props: {
  id: string;
  quotes: ResearchForm['quotes'];
  onChange: (quotes: ResearchForm['quotes']) => void;
}) {
  const { quotes, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const set = (index: number, text: string) =>
    onChange(quotes.map((q, i) => (i === index ? { ...q, text } : q)));
  return (
    <Box mt={2}>
      {quotes.map((quote, index) => {
        const number = String(index + 1);
        return (
          <Box key={quote.id ?? `new-${index}`} display="flex">
            <TextField
              id={`${props.id}-${index}`}
              label={t('research.editor.quote', { number })}
              value={quote.text}
              onChange={e => set(index, e.target.value)}
              multiline
              fullWidth
              margin="dense"
            />
            <IconButton
              aria-label={t('research.editor.removeQuote', { number })}
              onClick={() => onChange(quotes.filter((_, i) => i !== index))}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button onClick={() => onChange([...quotes, { text: '' }])}>
        {t('research.editor.addQuote')}
      </Button>
    </Box>
  );
}
