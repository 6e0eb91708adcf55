// Backups through the UI: take one, restore it; and after a damaged library, the notice offers the backups.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('takes a backup, and restoring it brings the library back as it was', async ({ page, socle }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByLabel('Titre').fill('À garder');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();

  await page.getByRole('button', { name: 'Sauvegardes' }).click();
  const dialog = page.getByTestId('backups-dialog');
  await dialog.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(dialog.getByTestId('backup-row').filter({ hasText: 'Manuelle' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  await page.getByRole('button', { name: 'Mettre À garder à la corbeille' }).click();
  await expect(page.getByTestId('workshop-row').filter({ hasText: 'À garder' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sauvegardes' }).click();
  await dialog
    .getByTestId('backup-row')
    .filter({ hasText: 'Manuelle' })
    .getByRole('button', { name: /Restaurer/ })
    .click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Bibliothèque restaurée' })).toBeVisible();
  await expect(page.getByTestId('workshop-row').filter({ hasText: 'À garder' })).toHaveCount(1);
});

test('after a damaged library is set aside, the notice offers the backups and one brings the work back', async ({ page, socle }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByLabel('Titre').fill('Précieux');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await page.getByRole('button', { name: 'Sauvegardes' }).click();
  await page.getByTestId('backups-dialog').getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Sauvegarde faite.' })).toBeVisible();

  await socle.restart(() =>
    writeFileSync(join(socle.dataDir, 'library.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 9)])),
  );
  await page.goto(socle.url);
  const notice = page.getByTestId('host-notice');
  await expect(notice).toContainText('Le fichier de la bibliothèque était endommagé.');
  const precious = page.getByTestId('workshop-row').filter({ hasText: 'Précieux' });
  await expect(precious).toHaveCount(0);
  await notice.getByRole('button', { name: 'Voir les sauvegardes' }).click();
  await page
    .getByTestId('backups-dialog')
    .getByTestId('backup-row')
    .filter({ hasText: 'Manuelle' })
    .getByRole('button', { name: /Restaurer/ })
    .click();
  await expect(precious).toHaveCount(1);
});
