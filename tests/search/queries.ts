/**
 * Real queries, one or two per language, each a word (or two) taken from the middle of a sentence
 * of a page, and the page search must return first. In Thai, Khmer, Lao, Burmese, Chinese and
 * Japanese the word sits inside a run of text written without spaces; the unit test checks that
 * each query is where this table says, so the table cannot drift from the content.
 */
import type { Locale } from '../../src/i18n/locales.ts';

export interface QueryRow {
  locale: Locale;
  query: string;
  /** The page that must come first, as a path inside its language. */
  first: string;
  /** The content file whose sentence the query is taken from. */
  file: string;
  /** What the query means, for readers of the table. */
  meaning: string;
}

export const queries: QueryRow[] = [
  {
    locale: 'en',
    query: 'Phitsanulok',
    first: 'countries/thailand',
    file: 'content/countries/en/thailand.md',
    meaning: 'Phitsanulok (a city)',
  },
  {
    locale: 'en',
    query: 'dimensions',
    first: 'five-dimensions',
    file: 'content/pages/en/five-dimensions.md',
    meaning: 'dimensions (a page title: titles weigh more)',
  },
  {
    locale: 'th',
    query: 'สันนิบาต',
    first: 'countries/thailand',
    file: 'content/countries/th/thailand.md',
    meaning: 'league (in “Cooperative League of Thailand”)',
  },
  { locale: 'th', query: 'คำขวัญ', first: 'history', file: 'content/pages/th/history.md', meaning: 'slogan' },
  {
    locale: 'km',
    query: 'កសិកម្ម',
    first: 'countries/cambodia',
    file: 'content/countries/km/cambodia.md',
    meaning: 'agriculture (in “agricultural communities”)',
  },
  {
    locale: 'km',
    query: 'ស្ត្រី',
    first: 'countries/cambodia',
    file: 'content/countries/km/cambodia.md',
    meaning: 'women (in “of whom 98,900 are women”)',
  },
  {
    locale: 'km',
    query: 'សហគមន៍កសិកម្ម',
    first: 'countries/cambodia',
    file: 'content/countries/km/cambodia.md',
    meaning: 'agricultural community (two words, split in the query)',
  },
  {
    locale: 'lo',
    query: 'ດຳລັດ',
    first: 'countries/laos',
    file: 'content/countries/lo/laos.md',
    meaning: 'decree (in “the decree on cooperatives”)',
  },
  {
    locale: 'my',
    query: 'ငြိမ်ဝပ်',
    first: 'countries/myanmar',
    file: 'content/countries/my/myanmar.md',
    meaning: 'peace (in the name of the State Law and Order Restoration Council)',
  },
  { locale: 'zh-hans', query: '农民', first: 'countries/china', file: 'content/countries/zh-hans/china.md', meaning: 'farmers' },
  {
    locale: 'zh-hans',
    query: '普通话',
    first: 'countries/china',
    file: 'content/countries/zh-hans/china.md',
    meaning: 'Putonghua (standard Chinese)',
  },
  {
    locale: 'ja',
    query: 'のぼる',
    first: 'countries/japan',
    file: 'content/countries/ja/japan.md',
    meaning: 'amount to (in “some 65 million members”)',
  },
  { locale: 'ja', query: '合計', first: 'countries/japan', file: 'content/countries/ja/japan.md', meaning: 'in total' },
  { locale: 'ur', query: 'صوبے', first: 'countries/pakistan', file: 'content/countries/ur/pakistan.md', meaning: 'province' },
  { locale: 'ur', query: 'ترامیم', first: 'countries/pakistan', file: 'content/countries/ur/pakistan.md', meaning: 'amendments' },
  { locale: 'bn', query: 'সংশোধিত', first: 'countries/bangladesh', file: 'content/countries/bn/bangladesh.md', meaning: 'amended' },
  { locale: 'bn', query: 'পরিসংখ্যান', first: 'countries/bangladesh', file: 'content/countries/bn/bangladesh.md', meaning: 'statistics' },
  {
    locale: 'id',
    query: 'kekeluargaan',
    first: 'countries/indonesia',
    file: 'content/countries/id/indonesia.md',
    meaning: 'family spirit',
  },
  {
    locale: 'id',
    query: 'Tasikmalaya',
    first: 'countries/indonesia',
    file: 'content/countries/id/indonesia.md',
    meaning: 'Tasikmalaya (a city)',
  },
  { locale: 'hi', query: 'राजपत्र', first: 'countries/india', file: 'content/countries/hi/india.md', meaning: 'gazette' },
  { locale: 'ne', query: 'संवैधानिक', first: 'countries/nepal', file: 'content/countries/ne/nepal.md', meaning: 'constitutional' },
  {
    locale: 'si',
    query: 'සම්බන්ධක',
    first: 'countries/sri-lanka',
    file: 'content/countries/si/sri-lanka.md',
    meaning: 'link (in “link language”)',
  },
  { locale: 'ta', query: 'அரசிதழ்', first: 'countries/india', file: 'content/countries/ta/india.md', meaning: 'gazette' },
  {
    locale: 'vi',
    query: 'thủ',
    first: 'countries/vietnam',
    file: 'content/countries/vi/vietnam.md',
    meaning: 'handi- (thủ, the first syllable of thủ công, handicraft)',
  },
  { locale: 'fil', query: 'itaguyod', first: 'countries/philippines', file: 'content/countries/fil/philippines.md', meaning: 'to promote' },
  { locale: 'ms', query: 'mendahuluinya', first: 'countries/malaysia', file: 'content/countries/ms/malaysia.md', meaning: 'preceded it' },
];

/** Languages written without spaces between words: their queries must come from inside a run. */
export const unspacedLocales: readonly Locale[] = ['th', 'km', 'lo', 'my', 'zh-hans', 'ja'];
