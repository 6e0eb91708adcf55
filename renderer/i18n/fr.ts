// Every interface string in French; the keys are the reference that en.ts must match exactly.
// Each feature keeps its strings in i18n/features/<feature>.ts; they are merged here.
import { backupsMessages } from './features/backups';
import { audienceMessages } from './features/audience';
import { cardLookMessages } from './features/card-look';
import { chainMessages } from './features/chain';
import { inputMessages } from './features/inputs';
import { planMessages } from './features/plan';
import { canvasMessages } from './features/canvas';
import { diagnosticsMessages } from './features/diagnostics';
import { exportsMessages } from './features/exports';
import { facilitationMessages } from './features/facilitation';
import { facilitationRecordMessages } from './features/facilitation-records';
import { healthMessages } from './features/health';
import { searchMessages } from './features/search';
import { shortcutMessages } from './features/shortcuts';
import { roomMessages } from './features/room';
import { roomPhoneMessages } from './features/room-phone';

export const coreFr = {
  'app.name': 'Socle',
  'app.loading': 'Chargement…',
  'app.main': 'Contenu principal',

  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.create': 'Créer',
  'common.save': 'Enregistrer',
  'common.dismiss': 'Masquer',
  'common.retry': 'Réessayer',
  'common.error': 'Une erreur est survenue : {message}',

  'settings.language': 'Langue de l’interface',
  'settings.theme.dark': 'Thème sombre',

  'library.title': 'Ateliers',
  'library.tabs': 'Vue de la bibliothèque',
  'library.tab.active': 'Ateliers',
  'library.tab.trash': 'Corbeille',
  'library.search': 'Rechercher',
  'library.searchPlaceholder': 'Titre, organisation, secteur…',
  'library.new': 'Nouvel atelier',
  'library.list': 'Liste des ateliers',
  'library.trashList': 'Ateliers dans la corbeille',
  'library.empty': 'Aucun atelier pour l’instant. Créez-en un pour commencer.',
  'library.emptySearch': 'Aucun atelier ne correspond à « {query} ».',
  'library.trashEmpty': 'La corbeille est vide.',
  'library.loadFailed': 'La bibliothèque n’a pas pu être chargée : {message}',
  'library.trashHint': 'Les ateliers supprimés restent ici jusqu’à leur suppression définitive.',

  'row.noOrganisation': 'Sans organisation',
  'row.noDate': 'Sans date',
  'row.progress': 'Avancement de {title}',
  'row.percent': '{percent} %',
  'row.updated': 'Modifié {when}',
  'row.deleted': 'Mis à la corbeille {when}',
  'row.cards': '{count} cartes',
  'row.cards.one': '{count} carte',
  'row.actions': 'Actions pour {title}',
  'row.open': 'Ouvrir',
  'row.rename': 'Renommer',
  'row.duplicate': 'Dupliquer',
  'row.trash': 'Corbeille',
  'row.restore': 'Restaurer',
  'row.purge': 'Supprimer définitivement',
  'row.renameLabel': 'Renommer {title}',
  'row.duplicateLabel': 'Dupliquer {title}',
  'row.trashLabel': 'Mettre {title} à la corbeille',
  'row.restoreLabel': 'Restaurer {title}',
  'row.purgeLabel': 'Supprimer définitivement {title}',

  'toast.created': 'Atelier créé : {title}',
  'toast.duplicated': 'Copie créée : {title}',
  'toast.trashed': '« {title} » est dans la corbeille.',
  'toast.restored': '« {title} » est restauré.',
  'toast.purged': '« {title} » est supprimé définitivement.',
  'toast.renamed': 'Atelier renommé : {title}',
  'toast.dismiss': 'Fermer la notification',
  'toast.region': 'Notifications',

  'create.title': 'Nouvel atelier',
  'create.name': 'Titre',
  'create.organisation': 'Organisation',
  'create.date': 'Date de l’atelier',
  'create.template': 'Point de départ',
  'create.submit': 'Créer l’atelier',
  'create.titleRequired': 'Donnez un titre à l’atelier.',
  'create.failed': 'L’atelier n’a pas été créé : {message}',

  'template.blank': 'Atelier vierge',

  'rename.title': 'Renommer l’atelier',
  'rename.label': 'Nouveau titre',
  'rename.submit': 'Renommer',

  'purge.title': 'Supprimer définitivement ?',
  'purge.body': '« {title} » et tout son contenu seront effacés. Cette action ne peut pas être annulée.',
  'purge.confirm': 'Supprimer définitivement',

  'notice.host': 'Information',

  'workshop.loading': 'Ouverture de l’atelier…',
  'workshop.loadFailed': 'Impossible d’ouvrir cet atelier : {message}',
  'workshop.back': 'Bibliothèque',
  'workshop.backLabel': 'Retour à la bibliothèque',
  'workshop.titleLabel': 'Titre de l’atelier',
  'workshop.undo': 'Annuler',
  'workshop.redo': 'Rétablir',
  'workshop.undoHint': 'Annuler la dernière modification (Ctrl+Z)',
  'workshop.redoHint': 'Rétablir (Ctrl+Maj+Z ou Ctrl+Y)',
  'workshop.toolbar': 'Barre d’outils de l’atelier',

  'agenda.title': 'Déroulé',
  'agenda.minutes': '{minutes} min',
  'agenda.completion': '{percent} % complété',

  'step.position': 'Étape {number} sur {total}',
  'step.previous': 'Étape précédente',
  'step.next': 'Étape suivante',

  'board.title': 'Cartes de l’étape',
  'board.add': 'Ajouter : {kind}',
  'board.empty': 'Pas encore de carte pour cette étape. Ajoutez la première avec les boutons ci-dessus.',
  'board.untitled': 'Sans titre',
  'board.fields': '{count} détails',
  'board.fields.one': '{count} détail',

  'panel.label': 'Détails de l’étape',
  'panel.why': 'Pourquoi c’est important',
  'panel.sources': 'Sources : {ids}',
  'panel.questions': 'Questions',
  'panel.noQuestions': 'Les questions de cette étape arrivent bientôt.',
  'panel.card': 'Carte sélectionnée',
  'panel.noCard': 'Sélectionnez une carte pour la modifier.',

  'card.title': 'Titre de la carte',
  'card.body': 'Description',
  'card.fields': 'Détails',
  'card.kind': 'Type : {kind}',
  'card.delete': 'Supprimer la carte',
  'card.deleted': 'Carte supprimée. Ctrl+Z pour revenir en arrière.',
  'card.close': 'Désélectionner la carte',

  'input.choose': '— Choisir —',
  'input.listHelp': 'Un élément par ligne.',
  'input.notANumber': 'Saisissez un nombre.',
  'input.min': 'Au moins {min}.',
  'input.max': 'Au plus {max}.',
  'input.saving': 'Enregistrement…',
  'input.saved': 'Enregistré',
  'input.required': 'Compte pour l’avancement',
} as const;

export const fr = {
  ...coreFr,
  ...canvasMessages.fr,
  ...diagnosticsMessages.fr,
  ...facilitationMessages.fr,
  ...facilitationRecordMessages.fr,
  ...exportsMessages.fr,
  ...backupsMessages.fr,
  ...audienceMessages.fr,
  ...cardLookMessages.fr,
  ...chainMessages.fr,
  ...inputMessages.fr,
  ...planMessages.fr,
  ...searchMessages.fr,
  ...shortcutMessages.fr,
  ...roomPhoneMessages.fr,
  ...roomMessages.fr,
  ...healthMessages.fr,
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
