// The entity tagger: pure TypeScript, Node and browser alike.
export { tagEntities, type TagOptions } from './tag-entities.ts';
export { gazetteerIndex, type GazetteerIndex } from './gazetteer/gazetteer-index.ts';
export { loadBuiltinGazetteer, expandProvincialBodies } from './gazetteer/load-gazetteer.ts';
export { parseVietnameseNumber } from './parse-vietnamese-number.ts';
export { splitSentences } from './split-sentences.ts';
export { readCrawlerDate } from './find-dates.ts';
