import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, IconButton, TextField } from '@material-ui/core';
import DeleteIcon from '@material-ui/icons/Delete';
import { platformProductTranslationRef } from '../../translation';
import { ResearchForm } from './researchForm';

type Assumption = ResearchForm['assumptions'][number];

/** The assumptions the research checked, each validated (✓) or contradicted (✗). */
export function AssumptionsField(props: {
  id: string;
  assumptions: Assumption[];
  onChange: (assumptions: Assumption[]) => void;
}) {
  const { assumptions, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const set = (index: number, change: Partial<Assumption>) =>
    onChange(
      assumptions.map((a, i) => (i === index ? { ...a, ...change } : a)),
    );
  return (
    <Box mt={2}>
      {assumptions.map((assumption, index) => {
        const number = String(index + 1);
        return (
          <Box key={index} display="flex" alignItems="flex-end">
            <TextField
              id={`${props.id}-${index}`}
              label={t('research.editor.assumption', { number })}
              value={assumption.text}
              onChange={e => set(index, { text: e.target.value })}
              fullWidth
              margin="dense"
            />
            <Box ml={1} minWidth={160}>
              <TextField
                id={`${props.id}-${index}-result`}
                select
                SelectProps={{ native: true }}
                label={t('research.editor.result', { number })}
                value={assumption.result}
                onChange={e =>
                  set(index, { result: e.target.value as Assumption['result'] })
                }
                margin="dense"
              >
                <option value="validated">
                  {t('research.note.validated')}
                </option>
                <option value="contradicted">
                  {t('research.note.contradicted')}
                </option>
              </TextField>
            </Box>
            <IconButton
              aria-label={t('research.editor.removeAssumption', { number })}
              onClick={() =>
                onChange(assumptions.filter((_, i) => i !== index))
              }
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button
        onClick={() =>
          onChange([...assumptions, { text: '', result: 'validated' }])
        }
      >
        {t('research.editor.addAssumption')}
      </Button>
    </Box>
  );
}
