import { useState } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { ResearchNote } from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { useFeedbackLinks } from '../shared/links';
import { QuotePartSelect, researchSource } from '../shared/QuotePartSelect';
import { ActionError } from '../shared/ActionError';
import { LinkToRoadmapItem } from '../shared/LinkToRoadmapItem';

/**
 * The roadmap items the note and its quotes are evidence for, and "Link to roadmap item"
 * (maintainers of the roadmap): the whole note or one quote, to a picked item.
 */
export function ResearchEvidenceCard(props: {
  note: ResearchNote;
  canLink: boolean;
}) {
  const { note, canLink } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useFeedbackLinks();
  const linked = useAsyncRetry(
    () => api.getEvidenceOf({ sourceKind: 'research-note', sourceId: note.id }),
    [api, note.id],
  );
  const [part, setPart] = useState('');
  const quoteText = (id?: number) =>
    note.quotes.find(quote => quote.id === id)?.text;
  return (
    <InfoCard
      title={t('research.evidence.title')}
      headerProps={headingTitle(3)}
    >
      {linked.value?.items.length ? (
        <List dense disablePadding>
          {linked.value.items.map(l => (
            <ListItem key={l.id} disableGutters>
              <ListItemText
                primary={
                  <Link to={links.roadmapItem(l.roadmapItemId)}>
                    {l.roadmapItemTitle}
                  </Link>
                }
                secondary={
                  l.sourcePart
                    ? t('research.evidence.quoteOf', {
                        quote: quoteText(l.sourcePart) ?? '',
                      })
                    : t('research.evidence.whole')
                }
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('research.evidence.none')}
        </Typography>
      )}
      {canLink && (
        <>
          <QuotePartSelect
            id={`research-evidence-part-${note.id}`}
            quotes={note.quotes}
            value={part}
            onChange={setPart}
          />
          <LinkToRoadmapItem
            id={`research-evidence-item-${note.id}`}
            source={researchSource(note.id, part)}
            label={t('research.evidence.pick')}
            buttonLabel={t('research.evidence.link')}
            linkedMessage={title => t('research.evidence.linked', { title })}
            onLinked={linked.retry}
          />
        </>
      )}
      {linked.error && (
        <Box mt={1}>
          <ActionError error={linked.error} />
        </Box>
      )}
    </InfoCard>
  );
}
