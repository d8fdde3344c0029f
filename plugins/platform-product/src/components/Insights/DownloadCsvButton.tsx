import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { CsvCell } from './csv';
import { downloadCsv } from './download';

/** "Download CSV": the rows (header first) are built on click, from what the table shows. */
export function DownloadCsvButton(props: {
  fileName: string;
  rows: () => CsvCell[][];
  disabled?: boolean;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { fileName, rows, disabled } = props;
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={<GetAppIcon />}
      disabled={disabled}
      onClick={() => downloadCsv(fileName, rows())}
    >
      {t('insights.downloadCsv')}
    </Button>
  );
}
