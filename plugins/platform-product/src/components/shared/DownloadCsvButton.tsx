import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { CsvCell } from './csv';
import { downloadCsv } from './downloadCsv';

/**
 * "Download CSV": the rows (header first) are built on click, from the figures the table
 * shows, as raw values; the file is named after the table and the day (`platform-tools-2026-12-02.csv`).
 */
export function DownloadCsvButton(props: {
  /** The table, in the file name. */
  table: string;
  rows: () => CsvCell[][];
  disabled?: boolean;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { table, rows, disabled } = props;
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={<GetAppIcon />}
      disabled={disabled}
      onClick={() => downloadCsv(table, rows())}
    >
      {t('insights.downloadCsv')}
    </Button>
  );
}
