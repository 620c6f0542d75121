export * from './article.ts';
export * from './bundle-file.ts';
export * from './bundle.ts';
export * from './clip.ts';
export * from './entity.ts';
export * from './vocabulary.ts';
