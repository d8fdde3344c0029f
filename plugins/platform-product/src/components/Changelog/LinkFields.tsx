import { useId } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

const ROADMAP_OPTIONS = 100;

interface RoadmapOption {
  id: number;
  title: string;
}

/** The tools an entry is about and the roadmap items it ships, chosen from lists. */
export function LinkFields(props: {
  toolRefs: string[];
  roadmapItemIds: number[];
  onChange: (patch: { toolRefs?: string[]; roadmapItemIds?: number[] }) => void;
}) {
  const { toolRefs, roadmapItemIds, onChange } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const choices = useAsync(async () => {
    const [tools, items] = await Promise.all([
      api.getTools(),
      api.listRoadmapItems({ status: 'active', limit: ROADMAP_OPTIONS }),
    ]);
    const options: RoadmapOption[] = items.items.map(
      ({ id: itemId, title }) => ({
        id: itemId,
        title,
      }),
    );
    return { tools, items: options };
  }, [api]);
  const tools = choices.value?.tools ?? [];
  const items = choices.value?.items ?? [];
  // Linked items that are no longer active (e.g. shipped) stay, by number.
  const linkedItems = roadmapItemIds.map(
    itemId =>
      items.find(item => item.id === itemId) ?? { id: itemId, title: '' },
  );
  const field = {
    fullWidth: true,
    margin: 'normal',
    variant: 'outlined',
  } as const;
  const autocomplete = {
    multiple: true,
    filterSelectedOptions: true,
    loading: choices.loading,
    loadingText: t('changelog.links.loading'),
    clearText: t('changelog.links.clear'),
    openText: t('changelog.links.open'),
    closeText: t('changelog.links.close'),
  } as const;

  return (
    <>
      {choices.error && (
        <Alert severity="warning">
          {t('changelog.links.loadError', {
            error: errorMessage(choices.error),
          })}
        </Alert>
      )}
      <Autocomplete
        {...autocomplete}
        id={`${id}-tools`}
        options={tools}
        noOptionsText={t(
          tools.length ? 'changelog.links.noMatch' : 'changelog.links.noTools',
        )}
        getOptionLabel={tool => tool.title}
        value={tools.filter(tool => toolRefs.includes(tool.ref))}
        onChange={(_, chosen) =>
          onChange({ toolRefs: chosen.map(tool => tool.ref) })
        }
        renderInput={params => (
          <TextField
            {...params}
            {...field}
            label={t('changelog.links.tools')}
          />
        )}
      />
      <Autocomplete
        {...autocomplete}
        id={`${id}-roadmap-items`}
        options={items}
        noOptionsText={t(
          items.length
            ? 'changelog.links.noMatch'
            : 'changelog.links.noRoadmapItems',
        )}
        getOptionLabel={item => `#${item.id} ${item.title}`.trim()}
        getOptionSelected={(option, value) => option.id === value.id}
        value={linkedItems}
        onChange={(_, chosen) =>
          onChange({ roadmapItemIds: chosen.map(item => item.id) })
        }
        renderInput={params => (
          <TextField
            {...params}
            {...field}
            label={t('changelog.links.roadmapItems')}
            helperText={t('changelog.links.roadmapItemsHelp')}
          />
        )}
      />
    </>
  );
}
