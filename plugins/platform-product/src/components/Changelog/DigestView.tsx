import { ReactNode, useId } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import {
  Digest,
  DigestRoadmapChange,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef, Translate } from '../../translation';
import { BeforeAfter } from './BeforeAfter';
import { LaneTitles, useLaneTitles } from '../shared/laneTitles';

function Section(props: { title: string; note?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Typography id={id} variant="h6" component="h3">
        {props.title}
      </Typography>
      {props.note && (
        <Typography variant="body2" color="textSecondary">
          {props.note}
        </Typography>
      )}
      <List dense aria-labelledby={id}>
        {props.children}
      </List>
    </section>
  );
}

function roadmapLine(
  item: DigestRoadmapChange,
  lanes: LaneTitles,
  t: Translate,
): string {
  if (item.kind !== 'moved') return t(`digest.preview.${item.kind}`);
  return t('digest.preview.moved', {
    from: item.fromLane ? lanes[item.fromLane] : '?',
    to: item.toLane ? lanes[item.toLane] : '?',
  });
}

const day = (iso: string) => iso.slice(0, 10);

/** One person's digest, section by section; empty sections are left out. */
export function DigestView(props: { digest: Digest }) {
  const { digest } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const lanes = useLaneTitles();
  const { changes, roadmap, surveys, champions } = digest;
  return (
    <>
      <Typography color="textSecondary" gutterBottom>
        {t('digest.preview.period', {
          week: digest.week,
          from: day(digest.from),
          to: day(digest.to),
        })}
      </Typography>
      {!changes.length &&
        !roadmap.length &&
        !surveys.length &&
        !champions.length && (
          <Typography>{t('digest.preview.empty')}</Typography>
        )}
      {!!changes.length && (
        <Section title={t('digest.preview.changes')}>
          {changes.map(change => (
            <ListItem key={change.entryId} divider>
              <ListItemText
                primary={change.title}
                secondary={t('digest.preview.tools', {
                  tools: change.toolTitles.join(', '),
                })}
              />
              {change.excerpt.text ? (
                <Typography variant="body2">{change.excerpt.text}</Typography>
              ) : (
                <BeforeAfter {...change.excerpt} />
              )}
            </ListItem>
          ))}
        </Section>
      )}
      {!!roadmap.length && (
        <Section title={t('digest.preview.roadmap')}>
          {roadmap.map(item => (
            <ListItem key={item.itemId}>
              <ListItemText
                primary={item.title}
                secondary={roadmapLine(item, lanes, t)}
              />
            </ListItem>
          ))}
        </Section>
      )}
      {!!surveys.length && (
        <Section
          title={t('digest.preview.surveys')}
          note={t('digest.preview.surveysNote')}
        >
          {surveys.map(survey => (
            <ListItem key={survey.surveyId}>
              <ListItemText
                primary={survey.title}
                secondary={t('digest.preview.closes', {
                  date: day(survey.closesAt),
                })}
              />
            </ListItem>
          ))}
        </Section>
      )}
      {!!champions.length && (
        <Section title={t('digest.preview.champions')}>
          {champions.map(champion => (
            <ListItem key={`${champion.userRef} ${champion.teamRef}`}>
              <ListItemText
                primary={<EntityRefLink entityRef={champion.userRef} />}
                secondary={t('digest.preview.championOf', {
                  team: champion.teamTitle,
                })}
              />
            </ListItem>
          ))}
        </Section>
      )}
    </>
  );
}
