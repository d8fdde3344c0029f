import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { signInAs } from './signIn';

/** The cells of a CSV file without quoted commas or line breaks (the tools table has none). */
const parseCsv = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map(line => line.split(','));

test('the Insights tab shows adoption × satisfaction and a tools table whose CSV matches it', async ({
  page,
}) => {
  await signInAs(page, 'Sven Eriksen');
  await page.goto('/platform-product/insights');
  await expect(
    page.getByRole('img', {
      name: /^Active adoption against average rating of 9 tools\./,
    }),
  ).toBeVisible();

  // Deploy is used by most teams (active adoption) but rated below 3 in the demo data.
  await expect(
    page.getByRole('region', { name: 'Adoption × satisfaction' }),
  ).toContainText(/Captive audience — investigate[\s\S]*Deploy/);

  const table = page.getByRole('table', { name: 'Tools', exact: true });
  const ci = table.getByRole('row', { name: /CI Pipelines/ });
  await expect(ci).toContainText('92 % · 12 of 13');
  await expect(ci).toContainText('★');

  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Tools', exact: true })
    .getByRole('button', { name: 'Download CSV' })
    .click();
  expect((await download).suggestedFilename()).toMatch(
    /^platform-tools-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const file = await (await download).path();
  const [header, ...rows] = parseCsv(await readFile(file!, 'utf8'));
  expect(header.slice(0, 3)).toEqual([
    'Tool',
    'Declared adoption',
    'Adopting teams',
  ]);
  expect(rows).toHaveLength(9);
  // Raw values: the adoption rate as a fraction.
  const ciRow = rows.find(row => row[0] === 'CI Pipelines')!;
  expect(Number(ciRow[1])).toBeCloseTo(12 / 13, 10);
  expect(ciRow.slice(2, 4)).toEqual(['12', '13']);
  // The average on screen is the one in the file, rounded.
  const average = Number(ciRow[header.indexOf('Average rating')]);
  await expect(ci).toContainText(`${average.toFixed(1)} ★`);
  const secretsRow = rows.find(row => row[0] === 'Secrets Manager')!;
  await expect(
    table.getByRole('row', { name: /Secrets Manager/ }),
  ).toContainText(
    `${Math.round(Number(secretsRow[1]) * 100)} % · ${secretsRow[2]} of ${
      secretsRow[3]
    }`,
  );
});
