import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Box, Button } from '@material-ui/core';
import { EvidenceLinkInput } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { ActionError } from './ActionError';
import { RoadmapItemOption, RoadmapItemPicker } from './RoadmapItemPicker';

/**
 * "Link to roadmap item": pick an item and link `source` to it as evidence, then say so and
 * call `onLinked` (the card re-reads its links).
 */
export function LinkToRoadmapItem(props: {
  id: string;
  source: EvidenceLinkInput;
  label: string;
  buttonLabel: string;
  linkedMessage: (title: string) => string;
  onLinked: () => void;
}) {
  const { id, source, label, buttonLabel, linkedMessage, onLinked } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const [picked, setPicked] = useState<RoadmapItemOption>();
  const [{ loading, error }, link] = useAsyncFn(async () => {
    if (!picked) return;
    await api.linkEvidence(picked.key, source);
    alertApi.post({
      message: linkedMessage(picked.title),
      severity: 'success',
      display: 'transient',
    });
    setPicked(undefined);
    onLinked();
  }, [api, picked, source.sourceKind, source.sourceId, source.sourcePart]);
  return (
    <>
      <RoadmapItemPicker
        id={id}
        label={label}
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
          {buttonLabel}
        </Button>
      </Box>
      {error && (
        <Box mt={1}>
          <ActionError error={error} />
        </Box>
      )}
    </>
  );
}
