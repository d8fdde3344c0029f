import { InfoCard, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Chip, Typography } from '@material-ui/core';
import { ResearchNote } from 'backstage-plugin-platform-product-common';
import { ReactNode } from 'react';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { LIST_FIELDS } from './researchForm';

/** A research note: who and what it is about, its structured fields, quotes and notes. */
export function ResearchNoteView(props: {
  note: ResearchNote;
  action?: ReactNode;
}) {
  const { note } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={note.title}
      subheader={t('research.note.subheader', {
        kind: t(`research.kinds.${note.kind}`),
        date: note.date.slice(0, 10),
        author: note.authorRef,
      })}
      headerProps={headingTitle(2)}
      action={props.action}
    >
      <Section title={t('research.note.teams')}>
        <Refs refs={note.teamRefs} />
      </Section>
      <Section title={t('research.note.tools')}>
        <Refs refs={note.toolRefs} />
      </Section>
      <Section title={t('research.note.interviewee')}>
        {note.intervieweeRef ? (
          <EntityRefLink entityRef={note.intervieweeRef} />
        ) : (
          t('research.note.notNamed')
        )}
      </Section>
      {LIST_FIELDS.map(field => (
        <Section key={field} title={t(`research.note.${field}`)}>
          <Entries entries={note[field]} />
        </Section>
      ))}
      <Section title={t('research.note.contextSwitches')}>
        {note.contextSwitches ?? t('research.note.none')}
      </Section>
      <Section title={t('research.note.minutesWaiting')}>
        {note.minutesWaiting ?? t('research.note.none')}
      </Section>
      <Section title={t('research.note.quotes')}>
        <Entries entries={note.quotes.map(quote => `“${quote.text}”`)} />
      </Section>
      <Section title={t('research.note.assumptions')}>
        <Entries
          entries={note.assumptions.map(
            a => `${t(`research.note.${a.result}`)} ${a.text}`,
          )}
        />
      </Section>
      <Section title={t('research.note.body')}>
        <MarkdownContent content={note.body || t('research.note.none')} />
      </Section>
    </InfoCard>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children}
      </Typography>
    </Box>
  );
}

function Entries(props: { entries: string[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!props.entries.length) return <>{t('research.note.none')}</>;
  return (
    <ul>
      {props.entries.map((entry, index) => (
        <li key={index}>{entry}</li>
      ))}
    </ul>
  );
}

function Refs(props: { refs: string[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!props.refs.length) return <>{t('research.note.none')}</>;
  return (
    <>
      {props.refs.map(ref => (
        <Box key={ref} component="span" mr={1}>
          <Chip size="small" label={<EntityRefLink entityRef={ref} />} />
        </Box>
      ))}
    </>
  );
}
