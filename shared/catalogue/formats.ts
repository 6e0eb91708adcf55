// The content formats a channel can carry, with the production time one piece takes (used by the capacity check).
import type { Option, Text } from './types';

export const FORMAT_IDS = [
  'text_post',
  'image',
  'carousel',
  'short_video',
  'long_video',
  'story',
  'live',
  'article',
  'newsletter_issue',
  'podcast_episode',
  'review_reply',
  'broadcast_message',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatDef {
  id: FormatId;
  label: Text;
  /** Minutes to write, shoot, edit and get one piece approved: a planning estimate, not a measure. */
  minutesPerPiece: number;
  /** Other spellings met in cards ("reel", "photo"), matched after normalising. */
  aliases: string[];
}

export const FORMATS: FormatDef[] = [
  {
    id: 'text_post',
    minutesPerPiece: 20,
    aliases: ['post', 'texte', 'text', 'status', 'tweet', 'publication'],
    label: { fr: 'Publication texte', en: 'Text post' },
  },
  {
    id: 'image',
    minutesPerPiece: 45,
    aliases: ['photo', 'visuel', 'visual', 'picture', 'pin', 'epingle'],
    label: { fr: 'Image', en: 'Image' },
  },
  { id: 'carousel', minutesPerPiece: 90, aliases: ['carrousel', 'slides', 'diaporama'], label: { fr: 'Carrousel', en: 'Carousel' } },
  {
    id: 'short_video',
    minutesPerPiece: 120,
    aliases: ['reel', 'reels', 'short', 'shorts', 'video courte', 'video'],
    label: { fr: 'Vidéo courte', en: 'Short video' },
  },
  {
    id: 'long_video',
    minutesPerPiece: 480,
    aliases: ['video longue', 'long video', 'tutorial', 'tutoriel'],
    label: { fr: 'Vidéo longue', en: 'Long video' },
  },
  { id: 'story', minutesPerPiece: 15, aliases: ['stories'], label: { fr: 'Story', en: 'Story' } },
  {
    id: 'live',
    minutesPerPiece: 150,
    aliases: ['direct', 'webinar', 'webinaire', 'livestream'],
    label: { fr: 'Direct (live)', en: 'Live' },
  },
  { id: 'article', minutesPerPiece: 240, aliases: ['billet', 'blog post', 'blogpost'], label: { fr: 'Article', en: 'Article' } },
  {
    id: 'newsletter_issue',
    minutesPerPiece: 180,
    aliases: ['newsletter', 'lettre', 'emailing', 'email'],
    label: { fr: 'Numéro de newsletter', en: 'Newsletter issue' },
  },
  {
    id: 'podcast_episode',
    minutesPerPiece: 360,
    aliases: ['podcast', 'episode', 'episode de podcast'],
    label: { fr: 'Épisode de podcast', en: 'Podcast episode' },
  },
  {
    id: 'review_reply',
    minutesPerPiece: 10,
    aliases: ['reponse aux avis', 'review', 'avis'],
    label: { fr: 'Réponse à un avis', en: 'Review reply' },
  },
  {
    id: 'broadcast_message',
    minutesPerPiece: 15,
    aliases: ['message', 'diffusion', 'broadcast'],
    label: { fr: 'Message de diffusion', en: 'Broadcast message' },
  },
];

/** The formats as options, so a card that stores a format's id shows its name ("short_video" reads "Vidéo courte"). */
export const FORMAT_OPTIONS: Option[] = FORMATS.map((f) => ({ value: f.id, label: f.label }));

/** Used when a cadence names no format the catalogue knows and its platform has none either. */
export const DEFAULT_MINUTES_PER_PIECE = 30;

/** Lowercase, accents and punctuation removed, so "Vidéo courte" and "video_courte" meet. */
export function normaliseKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const byKey = new Map<string, FormatDef>();
for (const f of FORMATS) {
  for (const key of [f.id, f.label.fr, f.label.en, ...f.aliases]) {
    const k = normaliseKey(key);
    if (!byKey.has(k)) byKey.set(k, f);
  }
}

/** The format a card names, by id, label or alias; undefined when unknown or empty. */
export function findFormat(value: unknown): FormatDef | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return byKey.get(normaliseKey(value));
}
