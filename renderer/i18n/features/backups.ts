// Interface strings of the backups screen, in French and English.
const fr = {
  'backups.open': 'Sauvegardes',
  'backups.title': 'Sauvegardes de la bibliothèque',
  'backups.intro':
    'Socle garde une copie par jour, une avant chaque mise à jour de la base et avant chaque restauration. Restaurer remplace toute la bibliothèque ; la version actuelle est d’abord sauvegardée.',
  'backups.empty': 'Aucune sauvegarde pour l’instant.',
  'backups.take': 'Sauvegarder maintenant',
  'backups.taken': 'Sauvegarde faite.',
  'backups.restore': 'Restaurer',
  'backups.restoreLabel': 'Restaurer la sauvegarde du {when}',
  'backups.confirm': 'Restaurer la sauvegarde du {when} ? La bibliothèque actuelle sera d’abord sauvegardée.',
  'backups.restored': 'Bibliothèque restaurée depuis la sauvegarde du {when}.',
  'backups.failed': 'La sauvegarde n’a pas pu être restaurée : {message}',
  'backups.reason.daily': 'Quotidienne',
  'backups.reason.manual': 'Manuelle',
  'backups.reason.before-migration': 'Avant mise à jour',
  'backups.reason.before-import': 'Avant import',
  'backups.reason.before-restore': 'Avant restauration',
  'backups.reason.before-snapshot-restore': 'Avant retour à un instantané',
  'backups.reason.other': 'Autre',
  'backups.size': '{size} Ko',
  'backups.offer': 'Voir les sauvegardes',
  'notice.corrupt':
    'Le fichier de la bibliothèque était endommagé. Il a été mis de côté sans être modifié ({file}) et une nouvelle bibliothèque a été ouverte. Restaurez une sauvegarde pour retrouver votre travail.',
  'notice.foreign':
    'Le fichier de la bibliothèque n’était pas une bibliothèque Socle. Il a été mis de côté ({file}) et une nouvelle bibliothèque a été ouverte.',
  'notice.unreadable':
    'Le fichier de la bibliothèque n’a pas pu être lu. Il a été mis de côté ({file}) et une nouvelle bibliothèque a été ouverte.',
} as const;

const en: Record<keyof typeof fr, string> = {
  'backups.open': 'Backups',
  'backups.title': 'Library backups',
  'backups.intro':
    'Socle keeps one copy a day, one before each database upgrade and one before each restore. Restoring replaces the whole library; the current one is backed up first.',
  'backups.empty': 'No backup yet.',
  'backups.take': 'Back up now',
  'backups.taken': 'Backup done.',
  'backups.restore': 'Restore',
  'backups.restoreLabel': 'Restore the backup of {when}',
  'backups.confirm': 'Restore the backup of {when}? The current library is backed up first.',
  'backups.restored': 'Library restored from the backup of {when}.',
  'backups.failed': 'The backup could not be restored: {message}',
  'backups.reason.daily': 'Daily',
  'backups.reason.manual': 'Manual',
  'backups.reason.before-migration': 'Before an upgrade',
  'backups.reason.before-import': 'Before an import',
  'backups.reason.before-restore': 'Before a restore',
  'backups.reason.before-snapshot-restore': 'Before a snapshot restore',
  'backups.reason.other': 'Other',
  'backups.size': '{size} KB',
  'backups.offer': 'See the backups',
  'notice.corrupt':
    'The library file was damaged. It was kept aside untouched ({file}) and a new library was opened. Restore a backup to get your work back.',
  'notice.foreign': 'The library file was not a Socle library. It was kept aside ({file}) and a new library was opened.',
  'notice.unreadable': 'The library file could not be read. It was kept aside ({file}) and a new library was opened.',
};

export const backupsMessages = { fr, en };
