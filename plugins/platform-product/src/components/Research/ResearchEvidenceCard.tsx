import { useState } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { ResearchNote } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { useFeedbackLinks } from '../shared/links';
import { QuotePartSelect, researchSource } from './QuotePartSelect';
import { ActionError } from '../shared/ActionError';
import {
  RoadmapItemOption,
  RoadmapItemPicker,
} from '../shared/RoadmapItemPicker';

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
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useFeedbackLinks();
  const linked = useAsyncRetry(
    () => api.getEvidenceOf({ sourceKind: 'research-note', sourceId: note.id }),
    [api, note.id],
  );
  const [part, setPart] = useState('');
  const [picked, setPicked] = useState<RoadmapItemOption>();
  const quoteText = (id?: number) =>
    note.quotes.find(quote => quote.id === id)?.text;
  const [{ loading, error }, link] = useAsyncFn(async () => {
    if (!picked) return;
    await api.linkEvidence(picked.key, researchSource(note.id, part));
    alertApi.post({
      message: t('research.evidence.linked', { title: picked.title }),
      severity: 'success',
      display: 'transient',
    });
    setPicked(undefined);
    linked.retry();
  }, [api, picked, part, note.id]);
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
          <RoadmapItemPicker
            id={`research-evidence-item-${note.id}`}
            label={t('research.evidence.pick')}
            value={picked}
            onChange={setPicked}
          />
          <Box mt={1}>
            <Button
              variant="outlined"
              color="primary"
              disabled={!picked || loading}
              onClick={link}
            >
              {t('research.evidence.link')}
            </Button>
          </Box>
        </>
      )}
      {(error || linked.error) && (
        <Box mt={1}>
          <ActionError error={error ?? linked.error} />
        </Box>
      )}
    </InfoCard>
  );
}
