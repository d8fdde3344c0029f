import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { IconButton, ListItemSecondaryAction } from '@material-ui/core';
import DeleteIcon from '@material-ui/icons/Delete';
import { platformProductTranslationRef } from '../../translation';

/** The remove button of one linked source on the Demand card, named after the source. */
export function RemoveEvidenceButton(props: {
  title: string;
  onRemove: () => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <ListItemSecondaryAction>
      <IconButton
        edge="end"
        aria-label={t('roadmap.evidence.remove', { title: props.title })}
        onClick={props.onRemove}
      >
        <DeleteIcon />
      </IconButton>
    </ListItemSecondaryAction>
  );
}
