// The platform catalogue: what each network is good for and what it costs to keep alive (defaults, editable per workshop).
import type { OBJECTIVE_TYPES } from '../model';
import { normaliseKey, type FormatId } from './formats';
import type { SourceId, Text } from './types';

type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

export interface Platform {
  /** Stable id stored in cards (channel.platform, cadence.platform, persona.whereOnline). */
  id: string;
  /** The brand name, the same in every language. */
  name: string;
  /** Other spellings met in cards, matched after normalising ("twitter" for X). */
  aliases: string[];
  /** Formats it carries, the most typical first: the first one is assumed when a cadence names none. */
  formats: FormatId[];
  goodFor: Text;
  audiences: Text;
  /** Hours a week of watching, answering and moderating, whatever the posting rhythm. */
  moderationHoursPerWeek: number;
  /** Below this many pieces a week, the presence looks abandoned. */
  minPostsPerWeek: number;
  /** How fast people there expect an answer, in hours. */
  responseHours: number;
  objectiveTypes: ObjectiveType[];
  sources: SourceId[];
}

/** Ids of the built-in platforms; a workshop may add its own platforms with other ids. */
export const BUILTIN_PLATFORM_IDS = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'youtube',
  'tiktok',
  'pinterest',
  'threads',
  'whatsapp',
  'blog',
  'newsletter',
  'google_business',
  'podcast',
] as const;
export type BuiltinPlatformId = (typeof BUILTIN_PLATFORM_IDS)[number];

/** What each built-in platform is, keyed by its id: the compiler refuses an id without an entry or an entry without an id. */
const BUILTIN: Record<BuiltinPlatformId, Omit<Platform, 'id'>> = {
  facebook: {
    name: 'Facebook',
    aliases: ['fb', 'meta'],
    formats: ['text_post', 'image', 'short_video', 'carousel', 'story', 'live'],
    goodFor: {
      fr: 'Faire vivre une communauté locale ou fidèle, annoncer des événements, répondre aux questions des clients.',
      en: 'Keeping a local or loyal community alive, announcing events, answering customer questions.',
    },
    audiences: {
      fr: 'Adultes de tous âges, surtout 30 ans et plus ; habitants d’un territoire ; groupes d’intérêt.',
      en: 'Adults of all ages, mostly over 30; people of a given area; interest groups.',
    },
    moderationHoursPerWeek: 3,
    minPostsPerWeek: 3,
    responseHours: 12,
    objectiveTypes: ['awareness', 'community', 'customer_service', 'traffic'],
    sources: ['S4', 'S5'],
  },
  instagram: {
    name: 'Instagram',
    aliases: ['insta', 'ig'],
    formats: ['image', 'carousel', 'short_video', 'story', 'live'],
    goodFor: {
      fr: 'Montrer des produits qui se photographient bien (un restaurant, une boutique) : les images y circulent beaucoup (S4).',
      en: 'Showing products that look good in pictures (a restaurant, a shop): images travel far there (S4).',
    },
    audiences: {
      fr: 'Moins de 40 ans surtout ; amateurs de mode, de cuisine, de voyage, de décoration.',
      en: 'Mostly under 40; people into fashion, food, travel, home decoration.',
    },
    moderationHoursPerWeek: 3,
    minPostsPerWeek: 3,
    responseHours: 24,
    objectiveTypes: ['awareness', 'community', 'sales', 'recruiting'],
    sources: ['S4'],
  },
  linkedin: {
    name: 'LinkedIn',
    aliases: ['linked in'],
    formats: ['text_post', 'carousel', 'article', 'image', 'short_video', 'live'],
    goodFor: {
      fr: 'Recruter des talents (S4), asseoir l’expertise de l’entreprise et de ses dirigeants, trouver des prospects en B2B.',
      en: 'Recruiting talent (S4), establishing the expertise of the company and its leaders, finding B2B prospects.',
    },
    audiences: {
      fr: 'Actifs et décideurs, candidats, acheteurs professionnels, partenaires.',
      en: 'Working people and decision makers, job seekers, business buyers, partners.',
    },
    moderationHoursPerWeek: 2,
    minPostsPerWeek: 3,
    responseHours: 24,
    objectiveTypes: ['recruiting', 'credibility', 'leads', 'awareness'],
    sources: ['S4'],
  },
  x: {
    name: 'X (Twitter)',
    aliases: ['twitter', 'tweet', 'x.com'],
    formats: ['text_post', 'image', 'short_video', 'live'],
    goodFor: {
      fr: 'Suivre l’actualité d’un secteur, dialoguer avec journalistes et influenceurs, service client en temps réel ; à éviter si personne ne peut surveiller et répondre vite (S4).',
      en: 'Following a sector’s news, talking with journalists and influencers, real-time customer service; avoid it if nobody can watch and answer fast (S4).',
    },
    audiences: {
      fr: 'Journalistes, décideurs publics, passionnés de tech, de sport ou de politique.',
      en: 'Journalists, policy makers, people keen on tech, sport or politics.',
    },
    moderationHoursPerWeek: 4,
    minPostsPerWeek: 7,
    responseHours: 2,
    objectiveTypes: ['customer_service', 'credibility', 'awareness'],
    sources: ['S4', 'S5'],
  },
  youtube: {
    name: 'YouTube',
    aliases: ['yt'],
    formats: ['long_video', 'short_video', 'live'],
    goodFor: {
      fr: 'Expliquer, démontrer, former : tutoriels et démonstrations qu’on retrouve par la recherche pendant des années.',
      en: 'Explaining, demonstrating, teaching: tutorials and demos that people find through search for years.',
    },
    audiences: {
      fr: 'Presque tout le monde ; ceux qui cherchent comment faire ou comment choisir.',
      en: 'Almost everyone; people looking for how to do or how to choose something.',
    },
    moderationHoursPerWeek: 2,
    minPostsPerWeek: 1,
    responseHours: 48,
    objectiveTypes: ['awareness', 'credibility', 'traffic', 'customer_service'],
    sources: ['S5'],
  },
  tiktok: {
    name: 'TikTok',
    aliases: ['tik tok'],
    formats: ['short_video', 'live', 'story'],
    goodFor: {
      fr: 'Se faire connaître vite auprès des jeunes avec des vidéos courtes, spontanées et chargées d’émotion.',
      en: 'Getting known fast among young people with short, spontaneous videos that carry emotion.',
    },
    audiences: {
      fr: 'Adolescents et moins de 30 ans surtout, de plus en plus les 30-45 ans.',
      en: 'Teenagers and under 30s mostly, more and more 30 to 45 year olds.',
    },
    moderationHoursPerWeek: 3,
    minPostsPerWeek: 3,
    responseHours: 24,
    objectiveTypes: ['awareness', 'community', 'recruiting'],
    sources: ['S4'],
  },
  pinterest: {
    name: 'Pinterest',
    aliases: ['pin'],
    formats: ['image', 'short_video'],
    goodFor: {
      fr: 'Donner des idées qui mènent au site : décoration, cuisine, mariage, bricolage, mode.',
      en: 'Giving ideas that lead to the website: decoration, cooking, weddings, DIY, fashion.',
    },
    audiences: {
      fr: 'Surtout des femmes de 25 à 55 ans qui préparent un projet ou un achat.',
      en: 'Mostly women aged 25 to 55 planning a project or a purchase.',
    },
    moderationHoursPerWeek: 1,
    minPostsPerWeek: 5,
    responseHours: 72,
    objectiveTypes: ['traffic', 'sales', 'awareness'],
    sources: ['S4'],
  },
  threads: {
    name: 'Threads',
    aliases: [],
    formats: ['text_post', 'image', 'short_video'],
    goodFor: {
      fr: 'Converser sur un ton direct avec une communauté déjà présente sur Instagram.',
      en: 'Chatting in a direct tone with a community already on Instagram.',
    },
    audiences: {
      fr: 'Utilisateurs d’Instagram de 18 à 40 ans, curieux des nouveautés.',
      en: 'Instagram users aged 18 to 40, keen on what is new.',
    },
    moderationHoursPerWeek: 2,
    minPostsPerWeek: 5,
    responseHours: 12,
    objectiveTypes: ['community', 'awareness'],
    sources: ['S4'],
  },
  whatsapp: {
    name: 'WhatsApp',
    aliases: ['whats app', 'whatsapp business'],
    formats: ['broadcast_message', 'image', 'short_video'],
    goodFor: {
      fr: 'Répondre personnellement aux clients et tenir informé un cercle qui a choisi de l’être.',
      en: 'Answering customers one to one and keeping a circle that opted in up to date.',
    },
    audiences: {
      fr: 'Clients existants de tous âges, habitués d’un commerce, membres d’une association.',
      en: 'Existing customers of all ages, regulars of a shop, members of a club.',
    },
    moderationHoursPerWeek: 3,
    minPostsPerWeek: 1,
    responseHours: 4,
    objectiveTypes: ['customer_service', 'sales', 'community'],
    sources: ['S2'],
  },
  blog: {
    name: 'Blog',
    aliases: ['blogue'],
    formats: ['article', 'image'],
    goodFor: {
      fr: 'Prouver son expertise avec des contenus de fond que les moteurs de recherche retrouvent, et qui nourrissent les autres réseaux.',
      en: 'Proving expertise with in-depth content that search engines find and that feeds the other networks.',
    },
    audiences: {
      fr: 'Ceux qui cherchent une réponse précise : clients, prospects, journalistes, candidats.',
      en: 'People looking for a precise answer: customers, prospects, journalists, job seekers.',
    },
    moderationHoursPerWeek: 1,
    minPostsPerWeek: 1,
    responseHours: 72,
    objectiveTypes: ['credibility', 'traffic', 'leads'],
    sources: ['S5'],
  },
  newsletter: {
    name: 'Newsletter',
    aliases: ['lettre d information', 'emailing', 'email', 'mailing'],
    formats: ['newsletter_issue'],
    goodFor: {
      fr: 'Garder le lien avec des personnes qui ont donné leur adresse, et les faire revenir vers une offre.',
      en: 'Keeping in touch with people who gave their address, and bringing them back to an offer.',
    },
    audiences: {
      fr: 'Clients, prospects et partenaires déjà intéressés, qui se sont inscrits.',
      en: 'Customers, prospects and partners already interested, who signed up.',
    },
    moderationHoursPerWeek: 0.5,
    minPostsPerWeek: 0.5,
    responseHours: 72,
    objectiveTypes: ['leads', 'sales', 'traffic', 'community'],
    sources: ['S4'],
  },
  google_business: {
    name: 'Google Business Profile',
    aliases: ['google my business', 'gmb', 'google maps', 'fiche google', 'fiche locale', 'local listings'],
    formats: ['review_reply', 'image', 'text_post'],
    goodFor: {
      fr: 'Être trouvé par les gens du coin et répondre aux avis, bons ou mauvais, qui décident d’une visite.',
      en: 'Being found by people nearby and answering the reviews, good or bad, that decide a visit.',
    },
    audiences: {
      fr: 'Personnes à proximité qui cherchent un commerce, un service ou des horaires.',
      en: 'People nearby looking for a shop, a service or opening hours.',
    },
    moderationHoursPerWeek: 1,
    minPostsPerWeek: 1,
    responseHours: 48,
    objectiveTypes: ['customer_service', 'traffic', 'sales', 'awareness'],
    sources: ['S4', 'S2'],
  },
  podcast: {
    name: 'Podcast',
    aliases: ['balado', 'audio'],
    formats: ['podcast_episode'],
    goodFor: {
      fr: 'Installer une voix et une expertise sur la durée, auprès d’un public fidèle qui écoute jusqu’au bout.',
      en: 'Building a voice and an expertise over time, with a loyal audience that listens to the end.',
    },
    audiences: {
      fr: 'Auditeurs curieux et spécialisés, souvent en trajet ; professionnels d’un secteur.',
      en: 'Curious, specialised listeners, often commuting; professionals of a sector.',
    },
    moderationHoursPerWeek: 0.5,
    minPostsPerWeek: 0.5,
    responseHours: 168,
    objectiveTypes: ['credibility', 'community', 'awareness'],
    sources: ['S5'],
  },
};

export const PLATFORMS: Platform[] = BUILTIN_PLATFORM_IDS.map((id) => ({ id, ...BUILTIN[id] }));

/** Moderation hours assumed for a channel whose platform is not in the list. */
export const DEFAULT_MODERATION_HOURS = 2;

const lookups = new WeakMap<readonly Platform[], Map<string, Platform>>();

function lookup(platforms: readonly Platform[]): Map<string, Platform> {
  let map = lookups.get(platforms);
  if (!map) {
    map = new Map();
    for (const p of platforms) {
      for (const k of [p.id, p.name, ...p.aliases]) if (!map.has(normaliseKey(k))) map.set(normaliseKey(k), p);
    }
    lookups.set(platforms, map);
  }
  return map;
}

/** The platform a card names, by id, name or alias, in the given list (a workshop may edit it). */
export function findPlatform(platforms: readonly Platform[], value: unknown): Platform | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return lookup(platforms).get(normaliseKey(value));
}

/** A key under which two cards naming the same platform meet, even when it is not in the list. */
export function platformKey(platforms: readonly Platform[], value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return findPlatform(platforms, value)?.id ?? normaliseKey(value);
}
