// Readability.js on its own (the package's index also pulls in
// isProbablyReaderable, which the injected extract script does not need).
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';

  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
