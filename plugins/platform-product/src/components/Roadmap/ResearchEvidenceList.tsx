import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { ResearchEvidence } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useResearchLinks } from '../shared/links';
import { RemoveEvidenceButton } from './RemoveEvidenceButton';

/**
 * The research notes and quotes linked to an item: their text for readers of research, a
 * line that says a note is there for everyone else.
 */
export function ResearchEvidenceList(props: {
  research: ResearchEvidence[];
  canUpdate: boolean;
  onRemove: (evidenceId: number) => void;
}) {
  const { research, canUpdate } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useResearchLinks();
  const textOf = (evidence: ResearchEvidence) => {
    const shown = evidence.research;
    if (!shown) return t('roadmap.evidence.researchHidden');
    return shown.quote
      ? t('roadmap.evidence.researchQuote', {
          quote: shown.quote,
          title: shown.title,
        })
      : shown.title;
  };
  if (!research.length) {
    return (
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('roadmap.evidence.noResearch')}
      </Typography>
    );
  }
  return (
    <List dense>
      {research.map(evidence => (
        <ListItem key={evidence.id}>
          <ListItemText
            primary={
              evidence.research ? (
                <Link to={links.note(evidence.research.noteId)}>
                  {textOf(evidence)}
                </Link>
              ) : (
                textOf(evidence)
              )
            }
            secondary={
              evidence.research && t(`research.kinds.${evidence.research.kind}`)
            }
          />
          {canUpdate && (
            <RemoveEvidenceButton
              title={textOf(evidence)}
              onRemove={() => props.onRemove(evidence.id)}
            />
          )}
        </ListItem>
      ))}
    </List>
  );
}
