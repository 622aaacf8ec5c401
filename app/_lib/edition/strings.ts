import type { Lang } from './edition';
import { CARD_STRINGS, type CardStrings } from './card-strings';
import { EMBED_STRINGS, type EmbedStrings } from './embed-strings';

/*
 * Every word the site's own interface says, per edition, in one typed module: a string one
 * edition lacks is a type error, not an English word in an Arabic page. The chapters' words
 * are content (content/, content/ar/); the map's own words (its labels, key and announcements)
 * come from app/_lib/map.
 */

/**
 * The gazetteer's kinds of place (content/schema.ts, `placeKinds`, a lower layer's), spelled here:
 * a kind added there and not here is a type error where a card, page or popup names it.
 */
type PlaceKind = 'capital' | 'city' | 'town' | 'region';

export interface UiStrings extends EmbedStrings, CardStrings {
  siteName: string;
  tagline: string;
  storyTitle: string;
  storyDescription: string;
  skipLink: string;
  siteNav: string;
  readerView: string;
  footer: string;
  /** This edition's name in its own language: the other edition's link to it. */
  otherEdition: string;
  introDek: string;
  introHint: string;
  keyHint: string;
  chapters: string;
  source: string;
  outletNotNamed: string;
  context: string;
  /** A translated quote's marker, read by screen readers and shown on hover. */
  translatedQuote: string;
  copyLink: string;
  /** The chapter page's embed dialog: its button and heading, help, the two codes' names, copying, the scroll note's words around its code, closing. */
  embedChapter: string;
  embedHelp: string;
  embedSnippet: string;
  embedIframe: string;
  copyCode: (label: string) => string;
  copied: string;
  embedScrollNote: readonly [string, string, string];
  closeDialog: string;
  linkToStep: string;
  linkCopied: string;
  copySelected: string;
  timeline: (range: string) => string;
  storyMap: string;
  otherChapters: string;
  wholeStory: string;
  exploreMap: string;
  backToStory: string;
  backToPage: string;
  mapControls: string;
  zoomIn: string;
  zoomOut: string;
  noWebgl: string;
  placeNoWebgl: (name: string) => string;
  loadingMap: string;
  basemapFailed: string;
  close: (name: string) => string;
  inThisStory: string;
  everythingAbout: (name: string) => string;
  /** The gazetteer's kinds of place, as a popup and a place page name them. */
  placeKind: Record<PlaceKind, string>;
  places: string;
  noMentions: (name: string) => string;
  shaded: (country: string, name: string) => string;
  readerTitle: string;
  readerDescription: string;
  readerDek: string;
  backToMapStory: string;
  sources: string;
  credits: string;
  steps: string;
  /** The embed's buttons, their arrows pointing the way the text reads. */
  previousButton: string;
  nextButton: string;
  stepOf: (n: number, of: number) => string;
  mapKey: string;
  /** MapLibre's own words (its map's name, the attribution button), as a patch of its locale table; none in English. */
  mapLibre: Record<string, string>;
  mapOf: (names: readonly string[]) => string;
  /** Said once per translated chapter, beside its source: its quotes are translations. */
  quotesTranslated: string;
}

const en: UiStrings = {
  ...EMBED_STRINGS.en,
  ...CARD_STRINGS.en,
  siteName: 'The Astana talks',
  tagline: 'Syria’s 2017 peace process on a map',
  storyTitle: 'The Astana talks: a map story of Syria’s 2017 peace process',
  storyDescription: 'How Russia, Turkey and Iran convened Syria’s warring sides in Kazakhstan in 2017, told round by round on a map.',
  skipLink: 'Skip to the story',
  siteNav: 'Site',
  readerView: 'Reader view',
  footer:
    'Retold from five news reports of 2017; each chapter names its source. Basemap: Natural Earth (public domain). Capitals: GeoNames (CC BY 4.0).',
  otherEdition: 'English',
  introDek:
    'In 2017 Russia, Turkey and Iran brought Syria’s government and armed opposition to Kazakhstan’s capital. Five ' +
    'reports from that year follow the process from its first round to the plan for a congress in Sochi.',
  introHint: 'Scroll to read; the map follows.',
  keyHint: ' Use the arrow keys or J and K to move between steps.',
  chapters: 'Chapters',
  source: 'Source:',
  outletNotNamed: 'outlet not named',
  context: 'Context',
  translatedQuote: 'translated',
  copyLink: 'Copy link',
  embedChapter: 'Embed this chapter',
  embedHelp: 'Paste the snippet into your page: it sizes itself to the chapter. The plain iframe works where scripts are not allowed.',
  embedSnippet: 'Snippet',
  embedIframe: 'Iframe',
  copyCode: (label) => `Copy ${label.toLowerCase()}`,
  copied: 'Copied',
  embedScrollNote: ['Add ', ' to the ', ' to let your page’s scrolling drive the map.'],
  closeDialog: 'Close',
  linkToStep: 'Link to this step',
  linkCopied: 'Link copied',
  copySelected: 'Copy the selected link',
  timeline: (range) => `Timeline of the talks, ${range}`,
  storyMap: 'Map of the places in the story',
  otherChapters: 'Other chapters',
  wholeStory: 'The whole story',
  exploreMap: 'Explore the map',
  backToStory: 'Back to the story',
  backToPage: 'Back to the page',
  mapControls: 'Map controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  noWebgl: 'The interactive map is not available in this browser. The places in this story:',
  placeNoWebgl: (name) => `The interactive map is not available in this browser. The map shows ${name}.`,
  loadingMap: 'Loading the map.',
  basemapFailed: 'The map background could not be loaded; places are still shown.',
  close: (name) => `Close ${name}`,
  inThisStory: 'In this story',
  everythingAbout: (name) => `Everything about ${name}`,
  placeKind: { capital: 'capital', city: 'city', town: 'town', region: 'region' },
  places: 'Places',
  noMentions: (name) => `No chapter mentions ${name} yet.`,
  shaded: (country, name) => `Shaded: ${country}, the country of ${name}`,
  readerTitle: 'Reader view',
  readerDescription: 'The whole story of the 2017 Astana talks as one article, with a small map for each step; made for reading and printing.',
  readerDek:
    'In 2017 Russia, Turkey and Iran brought Syria’s government and armed opposition to ' +
    'Kazakhstan’s capital. Five reports from that year, retold with a map for each step.',
  backToMapStory: 'Back to the map story',
  sources: 'Sources',
  credits: 'Basemap: Natural Earth (public domain). Capitals: GeoNames (CC BY 4.0).',
  steps: 'Steps',
  previousButton: '← Previous',
  nextButton: 'Next →',
  stepOf: (n, of) => `Step ${n} of ${of}`,
  mapKey: 'Map key',
  mapLibre: {},
  mapOf: (names) => `Map: ${names.join(', ')}`,
  quotesTranslated: '',
};

const ar: UiStrings = {
  ...EMBED_STRINGS.ar,
  ...CARD_STRINGS.ar,
  siteName: 'محادثات أستانا',
  tagline: 'مسار السلام السوري في 2017 على الخريطة',
  storyTitle: 'محادثات أستانا: قصة مسار السلام السوري في 2017 على الخريطة',
  storyDescription: 'كيف جمعت روسيا وتركيا وإيران أطراف النزاع السوري في كازاخستان عام 2017، جولةً بعد جولة على الخريطة.',
  skipLink: 'انتقل إلى القصة',
  siteNav: 'الموقع',
  readerView: 'عرض القراءة',
  footer: 'مُعاد سردها عن خمسة تقارير إخبارية من عام 2017، ويذكر كل فصل مصدره. الخريطة الأساسية: Natural Earth (ملكية عامة). العواصم: GeoNames (CC BY 4.0).',
  otherEdition: 'العربية',
  introDek:
    'في عام 2017 جمعت روسيا وتركيا وإيران الحكومة السورية والمعارضة المسلحة في عاصمة كازاخستان. ' +
    'خمسة تقارير من ذلك العام تتبع المسار من جولته الأولى حتى خطة عقد مؤتمر في سوتشي.',
  introHint: 'مرّر للقراءة، والخريطة تتبعك.',
  keyHint: ' استخدم مفاتيح الأسهم أو J وK للانتقال بين الخطوات.',
  chapters: 'الفصول',
  source: 'المصدر:',
  outletNotNamed: 'لم تُذكر الوسيلة الإعلامية',
  context: 'سياق',
  translatedQuote: 'مترجَم',
  copyLink: 'نسخ الرابط',
  embedChapter: 'تضمين هذا الفصل',
  embedHelp: 'الصق الشيفرة في صفحتك: يتخذ الإطار حجم الفصل من تلقاء نفسه. ويعمل إطار iframe العادي حيث لا يُسمح بالنصوص البرمجية.',
  embedSnippet: 'الشيفرة',
  embedIframe: 'إطار iframe',
  copyCode: (label) => `نسخ ${label}`,
  copied: 'نُسخ',
  embedScrollNote: ['أضف ', ' إلى ', ' ليقود تمرير صفحتك الخريطة.'],
  closeDialog: 'إغلاق',
  linkToStep: 'رابط هذه الخطوة',
  linkCopied: 'نُسخ الرابط',
  copySelected: 'انسخ الرابط المحدد',
  timeline: (range) => `الخط الزمني للمحادثات، ${range}`,
  storyMap: 'خريطة الأماكن الواردة في القصة',
  otherChapters: 'فصول أخرى',
  wholeStory: 'القصة كاملة',
  exploreMap: 'استكشف الخريطة',
  backToStory: 'العودة إلى القصة',
  backToPage: 'العودة إلى الصفحة',
  mapControls: 'أدوات التحكم في الخريطة',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  noWebgl: 'الخريطة التفاعلية غير متاحة في هذا المتصفح. الأماكن الواردة في هذه القصة:',
  placeNoWebgl: (name) => `الخريطة التفاعلية غير متاحة في هذا المتصفح. تُظهر الخريطة ${name}.`,
  loadingMap: 'جارٍ تحميل الخريطة.',
  basemapFailed: 'تعذّر تحميل خلفية الخريطة، والأماكن ما زالت معروضة.',
  close: (name) => `إغلاق ${name}`,
  inThisStory: 'في هذه القصة',
  everythingAbout: (name) => `كل ما يتعلق بـ${name}`,
  placeKind: { capital: 'عاصمة', city: 'مدينة', town: 'بلدة', region: 'منطقة' },
  places: 'الأماكن',
  noMentions: (name) => `لا يذكر أي فصل ${name} حتى الآن.`,
  shaded: (country, name) => `مظلل: ${country}، بلد ${name}`,
  readerTitle: 'عرض القراءة',
  readerDescription: 'قصة محادثات أستانا عام 2017 كاملة في مقال واحد، مع خريطة صغيرة لكل خطوة؛ للقراءة والطباعة.',
  readerDek: 'في عام 2017 جمعت روسيا وتركيا وإيران الحكومة السورية والمعارضة المسلحة في عاصمة كازاخستان. خمسة تقارير من ذلك العام، مع خريطة لكل خطوة.',
  backToMapStory: 'العودة إلى القصة على الخريطة',
  sources: 'المصادر',
  credits: 'الخريطة الأساسية: Natural Earth (ملكية عامة). العواصم: GeoNames (CC BY 4.0).',
  steps: 'الخطوات',
  previousButton: '→ السابق',
  nextButton: 'التالي ←',
  stepOf: (n, of) => `الخطوة ${n} من ${of}`,
  mapKey: 'مفتاح الخريطة',
  mapLibre: {
    'Map.Title': 'خريطة',
    'AttributionControl.ToggleAttribution': 'إظهار المصادر أو إخفاؤها',
    'AttributionControl.MapFeedback': 'ملاحظات على الخريطة',
  },
  mapOf: (names) => `خريطة: ${names.join('، ')}`,
  quotesTranslated: 'الاقتباسات مترجمة إلى العربية عن نص التقرير.',
};

export const STRINGS: Readonly<Record<Lang, UiStrings>> = { en, ar };

export function stringsFor(lang: Lang): UiStrings {
  return STRINGS[lang];
}
