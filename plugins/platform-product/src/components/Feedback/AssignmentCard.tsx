import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Box, TextField } from '@material-ui/core';
import Autocomplete from '@material-ui/lab/Autocomplete';
import {
  FEEDBACK_TAGS_MAX,
  FeedbackItem,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { fieldErrors } from '../shared/fieldErrors';
import { headingTitle } from '../shared/headings';

type Person = { ref: string; name: string };

/** The people of the catalog, by display name, to assign items to. */
function usePeople() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<Person[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'user' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return items
      .map(entity => ({
        ref: stringifyEntityRef(entity),
        name:
          (entity.spec?.profile as { displayName?: string } | undefined)
            ?.displayName ??
          entity.metadata.title ??
          entity.metadata.name,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [catalogApi]);
}

/** Lower-case, trimmed, each once, at most FEEDBACK_TAGS_MAX. */
const cleanTags = (tags: string[]) =>
  [
    ...new Set(
      tags.map(tag => tag.trim().toLocaleLowerCase('en-US')).filter(Boolean),
    ),
  ].slice(0, FEEDBACK_TAGS_MAX);

/** A maintainer's assignment of the item, and its tags; each change is saved at once. */
export function AssignmentCard(props: {
  item: FeedbackItem;
  onChanged: (item: FeedbackItem) => void;
}) {
  const { item, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const people = usePeople();
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async (change: () => Promise<FeedbackItem>) => {
    setErrors({});
    try {
      onChanged(await change());
    } catch (e) {
      const fields = fieldErrors(e);
      if (Object.keys(fields).length) setErrors(fields);
      else alertApi.post({ message: errorMessage(e), severity: 'error' });
    }
  };

  const options = people.value ?? [];
  const assignee =
    options.find(p => p.ref === item.assigneeRef) ??
    (item.assigneeRef
      ? { ref: item.assigneeRef, name: item.assigneeRef }
      : null);
  const tagError = Object.entries(errors).find(([field]) =>
    field.startsWith('tags'),
  )?.[1];
  return (
    <InfoCard
      title={t('feedback.assignment.title')}
      headerProps={headingTitle(3)}
    >
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        <Autocomplete<Person>
          id="feedback-assignee"
          options={options}
          loading={people.loading}
          value={assignee}
          getOptionLabel={person => person.name}
          getOptionSelected={(a, b) => a.ref === b.ref}
          onChange={(_, person) =>
            save(() => api.assignFeedback(item.id, person?.ref))
          }
          renderInput={params => (
            <TextField
              {...params}
              label={t('feedback.assignment.assignee')}
              error={!!errors.assigneeRef}
              helperText={
                errors.assigneeRef ?? t('feedback.assignment.assigneeHelp')
              }
              variant="outlined"
              size="small"
            />
          )}
        />
        <Autocomplete<string, true, false, true>
          id="feedback-tags"
          multiple
          freeSolo
          autoSelect
          options={[]}
          value={item.tags}
          onChange={(_, tags) =>
            save(() => api.tagFeedback(item.id, cleanTags(tags)))
          }
          ChipProps={{ size: 'small' }}
          renderInput={params => (
            <TextField
              {...params}
              label={t('feedback.assignment.tags')}
              error={!!tagError}
              helperText={
                tagError ??
                t('feedback.assignment.tagsHelp', {
                  max: String(FEEDBACK_TAGS_MAX),
                })
              }
              inputProps={{ ...params.inputProps, maxLength: 40 }}
              variant="outlined"
              size="small"
            />
          )}
        />
      </Box>
    </InfoCard>
  );
}
