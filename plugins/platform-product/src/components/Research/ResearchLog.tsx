import { useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import {
  ResearchNoteSummary,
  researchNoteKinds,
} from 'backstage-plugin-platform-product-common';
import { useNavigate } from 'react-router-dom';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { platformProductTranslationRef } from '../../translation';
import { FilterBar, FilterSelect } from '../shared/FilterSelect';
import { headingTitle } from '../shared/headings';
import { useTools } from '../../hooks/useTools';
import { useTeams } from '../../hooks/useTeams';
import { ActionError } from '../shared/ActionError';
import { LoadMoreButton } from '../shared/LoadMoreButton';
import { NewButton } from '../shared/NewButton';
import { useResearchLinks } from '../shared/links';
import { ResearchNoteEditor } from './ResearchNoteEditor';

const PAGE_SIZE = 25;

/** The research log: notes newest first, filtered by kind, team and tool; "Log research". */
export function ResearchLog() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const links = useResearchLinks();
  const navigate = useNavigate();
  const [filter, setFilter] = useState({ kind: '', teamRef: '', toolRef: '' });
  const teams = useTeams();
  const { tools } = useTools();
  const list = useCursorList(
    cursor =>
      api.getResearchNotes({
        ...(filter.kind && {
          kind: filter.kind as ResearchNoteSummary['kind'],
        }),
        ...(filter.teamRef && { teamRef: filter.teamRef }),
        ...(filter.toolRef && { toolRef: filter.toolRef }),
        limit: PAGE_SIZE,
        cursor,
      }),
    [api, filter],
  );
  const set = (key: keyof typeof filter) => (value: string) =>
    setFilter(current => ({ ...current, [key]: value }));

  return (
    <InfoCard
      title={t('research.title')}
      subheader={t('research.description')}
      headerProps={headingTitle(2)}
      action={
        <NewButton
          dialog={close => (
            <ResearchNoteEditor
              onClose={close}
              onSaved={note => navigate(links.note(note.id))}
            />
          )}
        >
          {t('research.newNote')}
        </NewButton>
      }
    >
      <FilterBar>
        <FilterSelect
          id="research-kind"
          label={t('research.filters.kind')}
          value={filter.kind}
          onChange={set('kind')}
        >
          <option value="">{t('research.filters.anyKind')}</option>
          {researchNoteKinds.map(kind => (
            <option key={kind} value={kind}>
              {t(`research.kinds.${kind}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="research-team"
          label={t('research.filters.team')}
          value={filter.teamRef}
          onChange={set('teamRef')}
        >
          <option value="">{t('research.filters.anyTeam')}</option>
          {(teams.value ?? []).map(team => (
            <option key={team.ref} value={team.ref}>
              {team.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="research-tool"
          label={t('research.filters.tool')}
          value={filter.toolRef}
          onChange={set('toolRef')}
        >
          <option value="">{t('research.filters.anyTool')}</option>
          {tools.map(tool => (
            <option key={tool.ref} value={tool.ref}>
              {tool.title}
            </option>
          ))}
        </FilterSelect>
      </FilterBar>
      <NotesTable list={list} />
    </InfoCard>
  );
}

function NotesTable(props: {
  list: ReturnType<typeof useCursorList<ResearchNoteSummary>>;
}) {
  const { items, loading, error, more } = props.list;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useResearchLinks();
  if (!items) {
    return error ? <ResponseErrorPanel error={error} /> : <Progress />;
  }
  if (!items.length) {
    return (
      <EmptyState
        missing="content"
        title={t('research.empty.title')}
        description={t('research.empty.description')}
      />
    );
  }
  return (
    <>
      <Table size="small" aria-label={t('research.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('research.columns.date')}</TableCell>
            <TableCell>{t('research.columns.title')}</TableCell>
            <TableCell>{t('research.columns.kind')}</TableCell>
            <TableCell align="right">{t('research.columns.quotes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(note => (
            <TableRow key={note.id}>
              <TableCell>{note.date.slice(0, 10)}</TableCell>
              <TableCell>
                <Link to={links.note(note.id)}>{note.title}</Link>
              </TableCell>
              <TableCell>{t(`research.kinds.${note.kind}`)}</TableCell>
              <TableCell align="right">{note.quoteCount}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {error && <ActionError error={error} />}
      <LoadMoreButton onClick={more} disabled={loading} />
    </>
  );
}
